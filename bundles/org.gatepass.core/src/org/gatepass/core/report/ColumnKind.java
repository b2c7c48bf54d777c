package org.gatepass.core.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * What a report column holds, so that every export keeps numbers as numbers and times as times; and how its cells read
 * as text wherever text is shown: ISO dates, 24-hour times, durations as hours:minutes.
 */
public enum ColumnKind {
    TEXT(String.class), NUMBER(Long.class), DATE(LocalDate.class), TIME(LocalTime.class), DATE_TIME(LocalDateTime.class), DURATION(Duration.class);

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Class<?> valueType;

    ColumnKind(Class<?> valueType) {
        this.valueType = valueType;
    }

    /** The Java type of this column's cells (null cells are empty). */
    public Class<?> valueType() {
        return valueType;
    }

    /** The cell as text, e.g. "2026-12-04", "08:05", "2026-12-04 08:05" or "7:45" for a duration; empty for null. */
    public String text(Object cell) {
        if (cell == null) {
            return "";
        }
        return switch (this) {
        case TEXT, NUMBER, DATE -> cell.toString();
        case TIME -> HOURS_MINUTES.format((LocalTime) cell);
        case DATE_TIME -> DAY_AND_TIME.format((LocalDateTime) cell);
        case DURATION -> ((Duration) cell).toHours() + ":" + String.format("%02d", ((Duration) cell).toMinutesPart());
        };
    }
}
