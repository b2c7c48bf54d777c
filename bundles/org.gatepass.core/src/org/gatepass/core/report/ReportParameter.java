package org.gatepass.core.report;

/** A choice the operator makes before running a report; a report names the ones it reads. */
public enum ReportParameter {
    /** The range of days. */
    DAYS,
    /** Which categories of persons. */
    CATEGORY,
    /** One camera, or all. */
    CAMERA,
    /** One person, by ID or name. */
    PERSON,
    /** A date and time. */
    MOMENT
}
