package org.gatepass.access.ui.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.gatepass.core.access.TimeWindow;

/** A day's windows as the operator types them: "07:00-20:00, 22:00-24:00"; empty when closed all day. */
final class WeekText {

    private WeekText() {
    }

    static String of(List<TimeWindow> windows, DayOfWeek day) {
        return windows.stream().filter(w -> w.day() == day)
                .map(w -> w.from() + "-" + (w.until().equals(LocalTime.MIDNIGHT) ? "24:00" : w.until().toString())).collect(Collectors.joining(", "));
    }

    /** @throws IllegalArgumentException saying which window of which day is wrong */
    static List<TimeWindow> parse(DayOfWeek day, String text) {
        List<TimeWindow> windows = new ArrayList<>();
        for (String part : text.split(",")) {
            String window = part.strip();
            if (window.isEmpty()) {
                continue;
            }
            String[] ends = window.split("[-–]");
            if (ends.length != 2) {
                throw new IllegalArgumentException(name(day) + ": write a window as 07:00-20:00, not '" + window + "'.");
            }
            try {
                LocalTime from = LocalTime.parse(ends[0].strip());
                String last = ends[1].strip();
                LocalTime until = last.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(last);
                windows.add(new TimeWindow(day, from, until));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(name(day) + ": '" + window + "' is not two times like 07:00-20:00.");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name(day) + ": '" + window + "' must end after it begins; split a night at midnight.");
            }
        }
        return windows;
    }

    static String name(DayOfWeek day) {
        return day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    }
}
