package org.gatepass.core.access;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** When an access level opens its gates, week after week, in the site's local time. */
public record WeeklySchedule(List<TimeWindow> windows) {
    /** Every day, all day. */
    public static final WeeklySchedule ALWAYS = new WeeklySchedule(
            java.util.Arrays.stream(DayOfWeek.values()).map(d -> new TimeWindow(d, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)).toList());

    public WeeklySchedule {
        windows = windows.stream().sorted(Comparator.comparing(TimeWindow::day).thenComparing(TimeWindow::from)).toList();
    }

    /** Whether a local date and time falls in a window. */
    public boolean contains(LocalDateTime local) {
        return windows.stream().anyMatch(w -> w.contains(local.getDayOfWeek(), local.toLocalTime()));
    }

    /** E.g. "Mon–Fri 07:00–20:00, Sat 09:00–13:00"; days with the same windows are run together. */
    public String describe() {
        if (windows.isEmpty()) {
            return "never";
        }
        Map<String, List<DayOfWeek>> daysByHours = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String hours = windows.stream().filter(w -> w.day() == day).map(WeeklySchedule::hours).collect(Collectors.joining(", "));
            if (!hours.isEmpty()) {
                daysByHours.computeIfAbsent(hours, h -> new ArrayList<>()).add(day);
            }
        }
        return daysByHours.entrySet().stream().map(e -> days(e.getValue()) + " " + e.getKey()).collect(Collectors.joining("; "));
    }

    private static String hours(TimeWindow window) {
        return window.from() + "–" + (window.until().equals(LocalTime.MIDNIGHT) ? "24:00" : window.until().toString());
    }

    /** Days in week order, runs of three or more joined: "Mon–Fri, Sun". */
    static String days(List<DayOfWeek> days) {
        List<String> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= days.size(); i++) {
            if (i == days.size() || days.get(i).getValue() != days.get(i - 1).getValue() + 1) {
                String first = name(days.get(start));
                runs.add(i - start >= 3 ? first + "–" + name(days.get(i - 1)) : days.subList(start, i).stream().map(WeeklySchedule::name)
                        .collect(Collectors.joining(", ")));
                start = i;
            }
        }
        return String.join(", ", runs);
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
