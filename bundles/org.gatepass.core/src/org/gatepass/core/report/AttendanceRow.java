package org.gatepass.core.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.gatepass.core.person.PersonCategory;

/**
 * One person on one local day: their first In and last Out of the day (null when none), and the time on site between
 * them (null unless both are there and the Out is after the In).
 */
public record AttendanceRow(LocalDate day, long personId, String name, String externalId, PersonCategory category, Instant firstIn,
        Instant lastOut) {

    public Duration onSite() {
        return firstIn == null || lastOut == null || !lastOut.isAfter(firstIn) ? null : Duration.between(firstIn, lastOut);
    }
}
