package org.gatepass.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/**
 * A pass's start or end as a sheet holds it: "2026-12-04 09:30" (or with a T), a day alone ("2026-12-04": its start,
 * or for an end the end of that day), or the number Excel stores for a date and time (days since 1899-12-30, the time
 * as the fraction). Local times in the site's zone.
 */
final class ImportTimes {
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Excel numbers for 1970 to 2200: anything else is not a date. */
    private static final double EXCEL_FIRST = 25_569;
    private static final double EXCEL_LAST = 109_575;

    private ImportTimes() {
    }

    /** The instant, or null after telling {@code problem} why the text is not one. */
    static Instant parse(String text, boolean end, ZoneId zone, Consumer<String> problem) {
        String value = text.strip();
        if (value.isEmpty()) {
            problem.accept("a pass needs both its start and its end");
            return null;
        }
        try {
            return local(value, end).atZone(zone).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            problem.accept("'" + value + "' is not a date and time like 2026-12-04 09:30");
            return null;
        }
    }

    private static LocalDateTime local(String value, boolean end) {
        if (value.matches("\\d+(\\.\\d+)?")) {
            double serial = Double.parseDouble(value);
            if (serial < EXCEL_FIRST || serial > EXCEL_LAST) {
                throw new NumberFormatException(value);
            }
            long days = (long) Math.floor(serial);
            long minutes = Math.round((serial - days) * 24 * 60);
            return EXCEL_EPOCH.plusDays(days).atStartOfDay().plusMinutes(minutes);
        }
        if (value.length() == 10) {
            LocalDate day = LocalDate.parse(value);
            return end ? day.plusDays(1).atStartOfDay() : day.atTime(LocalTime.MIDNIGHT);
        }
        return value.contains("T") ? LocalDateTime.parse(value) : LocalDateTime.parse(value, SPACED);
    }
}
