package org.gatepass.core.internal.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.report.ReportPlace;
import org.gatepass.core.report.ReportQuery;

/** Says in words what a report covers, for the line under its title in the view, the exports and the print. */
final class RequestWords {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    private RequestWords() {
    }

    /** E.g. "Mon 30 Nov 2026 to Sun 6 Dec 2026 · Students · gate Lab 2". */
    static String days(ReportQuery query, boolean withCategories) {
        List<String> parts = new ArrayList<>();
        parts.add(query.from().equals(query.to()) ? DAY.format(query.from()) : DAY.format(query.from()) + " to " + DAY.format(query.to()));
        if (withCategories) {
            parts.add(categories(query));
        }
        parts.add(place(query.place()));
        return String.join(" · ", parts);
    }

    static String categories(ReportQuery query) {
        return query.categories().isEmpty() ? "all categories"
                : query.categories().stream().sorted().map(PersonCategory::label).collect(Collectors.joining(", "));
    }

    static String place(ReportPlace place) {
        return place.isSite() ? "whole site" : place.toString();
    }

    /** "1 entry", "3 entries". */
    static String count(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
