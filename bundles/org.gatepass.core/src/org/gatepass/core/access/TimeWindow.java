package org.gatepass.core.access;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * An opening on one day of the week, from {@code from} (included) to {@code until} (excluded); {@code until} 00:00 means
 * the end of the day. A night across midnight is two windows, one on each day.
 */
public record TimeWindow(DayOfWeek day, LocalTime from, LocalTime until) {

    public TimeWindow {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!until.equals(LocalTime.MIDNIGHT) && !until.isAfter(from)) {
            throw new IllegalArgumentException("A window on " + day + " must end after it begins (" + from + "–" + until
                    + "); a night across midnight is two windows");
        }
    }

    boolean contains(DayOfWeek onDay, LocalTime at) {
        return onDay == day && !at.isBefore(from) && (until.equals(LocalTime.MIDNIGHT) || at.isBefore(until));
    }
}
