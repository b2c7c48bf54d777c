package org.gatepass.report.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.gatepass.core.report.ReportColumn;

/** How a report cell reads as text, in every export and on paper: ISO dates, 24-hour times, durations as h:mm. */
final class ReportCells {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReportCells() {
    }

    static String text(ReportColumn column, Object cell) {
        if (cell == null) {
            return "";
        }
        return switch (column.kind()) {
        case TEXT, NUMBER -> cell.toString();
        case DATE -> ((LocalDate) cell).toString();
        case TIME -> TIME.format((LocalTime) cell);
        case DATE_TIME -> DATE_TIME.format((LocalDateTime) cell);
        case DURATION -> hours((Duration) cell);
        };
    }

    private static String hours(Duration duration) {
        return duration.toHours() + ":" + String.format("%02d", duration.toMinutesPart());
    }
}
