package org.gatepass.core.report;

import java.util.List;
import java.util.Objects;

/** A bar chart drawn above a report's table: one bar per category and series. */
public record ReportChart(String title, String xTitle, String yTitle, List<String> categories, List<ChartSeries> series) {

    public ReportChart {
        Objects.requireNonNull(title, "title");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (ChartSeries s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series '" + s.name() + "' has " + s.values().size() + " values for " + categories.size() + " categories");
            }
        }
    }
}
