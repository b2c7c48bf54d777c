package org.gatepass.core.report;

/** A choice the operator makes before running a report; a report names the ones it reads. */
public enum ReportParameter {
    /** The range of days. */
    DAYS,
    /** Which categories of persons. */
    CATEGORY,
    /** The site, a gate or a camera: a {@link ReportPlace}. */
    PLACE,
    /** One person, by ID or name. */
    PERSON,
    /** A date and time. */
    MOMENT
}
