package org.gatepass.report.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.gatepass.core.csv.CsvWriter;
import org.gatepass.core.report.ReportColumn;
import org.gatepass.core.report.ReportTable;

/** A report as CSV: a heading line, then one line per row, cells as their {@link org.gatepass.core.report.ColumnKind} reads them. */
final class ReportCsv {

    private ReportCsv() {
    }

    static void write(ReportTable table, Writer out) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.line(table.columns().stream().map(ReportColumn::heading).toList());
        for (List<Object> row : table.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (int c = 0; c < row.size(); c++) {
                cells.add(table.columns().get(c).kind().text(row.get(c)));
            }
            csv.line(cells);
        }
        out.flush();
    }
}
