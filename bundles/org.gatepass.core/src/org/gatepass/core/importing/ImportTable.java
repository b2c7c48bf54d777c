package org.gatepass.core.importing;

import java.util.List;

/**
 * A table as read from a file: the first row's headers and the rows under it, numbered as the spreadsheet shows them
 * (the header is row 1). A cell holding a formula is read as {@code =} and its formula, never as its value, so it is
 * refused rather than imported as whatever it computed.
 */
public record ImportTable(String source, List<String> headers, List<Row> rows) {

    public record Row(int number, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell under a column, "" past the row's end. */
        public String cell(int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column) : "";
        }

        public boolean isEmpty() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    public ImportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
