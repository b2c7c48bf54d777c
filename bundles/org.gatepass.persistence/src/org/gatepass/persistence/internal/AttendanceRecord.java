package org.gatepass.persistence.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.report.AttendanceRow;

/** An attendance row as the query returns it, its day as the period's label (an ISO local date). */
public record AttendanceRecord(String label, long personId, String name, String externalId, PersonCategory category, Instant firstIn,
        Instant lastOut) {

    AttendanceRow row() {
        return new AttendanceRow(LocalDate.parse(label), personId, name, externalId, category, firstIn, lastOut);
    }
}
