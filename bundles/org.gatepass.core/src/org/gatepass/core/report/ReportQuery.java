package org.gatepass.core.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.gatepass.core.person.PersonCategory;

/**
 * Which events a report covers: the local days {@code from} to {@code to} (both included) in {@code zone}, persons of
 * the given categories (all when empty), events at a place (the site when null).
 */
public record ReportQuery(LocalDate from, LocalDate to, ZoneId zone, Set<PersonCategory> categories, ReportPlace place) {
    /** A report covers at most this many days at once. */
    public static final int MAX_DAYS = 366;

    public ReportQuery {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The report must end on or after " + from + ", not " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("A report covers at most " + MAX_DAYS + " days");
        }
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        place = place == null ? ReportPlace.SITE : place;
    }
}
