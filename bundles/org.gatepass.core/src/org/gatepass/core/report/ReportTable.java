package org.gatepass.core.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A report as shown, exported and printed: a title, a line saying what it covers, typed columns, rows, an optional bar
 * chart and an optional note (e.g. that a list was cut). Each cell is null or of its column's
 * {@link ColumnKind#valueType()}; a wrong cell is refused here, so that a plug-in's mistake shows where it is made.
 */
public record ReportTable(String title, String covers, List<ReportColumn> columns, List<List<Object>> rows, ReportChart chart, String note) {

    public ReportTable {
        Objects.requireNonNull(title, "title");
        covers = covers == null ? "" : covers;
        columns = List.copyOf(columns);
        List<List<Object>> checked = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("Row " + (r + 1) + " has " + row.size() + " cells for " + columns.size() + " columns");
            }
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                if (cell != null && !columns.get(c).kind().valueType().isInstance(cell)) {
                    throw new IllegalArgumentException("Row " + (r + 1) + ", column '" + columns.get(c).heading() + "' holds a "
                            + cell.getClass().getSimpleName() + ", not a " + columns.get(c).kind().valueType().getSimpleName());
                }
            }
            checked.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(checked);
        note = note == null ? "" : note;
    }
}
