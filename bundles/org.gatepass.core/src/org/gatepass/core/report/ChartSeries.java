package org.gatepass.core.report;

import java.util.List;
import java.util.Objects;

/** One series of bars: a value per category of its chart. */
public record ChartSeries(String name, List<Long> values) {

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }
}
