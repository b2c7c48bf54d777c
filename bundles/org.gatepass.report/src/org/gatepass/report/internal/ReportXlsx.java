package org.gatepass.report.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.gatepass.core.report.ColumnKind;
import org.gatepass.core.report.ReportColumn;
import org.gatepass.core.report.ReportTable;

/**
 * A report as an Excel workbook: one sheet with the title, what it covers, the headings (frozen) and the rows, each cell
 * typed so that sums and filters work — times and durations as fractions of a day, Excel's own way. Text is always
 * written as text, never as a formula.
 */
final class ReportXlsx {
    private static final int FIRST_ROW = 3;
    private static final double SECONDS_PER_DAY = 86_400;

    private ReportXlsx() {
    }

    static void write(ReportTable table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(new KeptOpen(out), "Gatepass", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName(table.title()));
        sheet.value(0, 0, table.title());
        sheet.style(0, 0).bold().fontSize(14).set();
        sheet.value(1, 0, table.covers());
        for (int c = 0; c < table.columns().size(); c++) {
            sheet.value(FIRST_ROW - 1, c, table.columns().get(c).heading());
            sheet.style(FIRST_ROW - 1, c).bold().fillColor("DDE5EE").set();
            sheet.width(c, table.columns().get(c).kind() == ColumnKind.TEXT ? 24 : 16);
        }
        sheet.freezePane(0, FIRST_ROW);
        int r = FIRST_ROW;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                cell(sheet, r, c, table.columns().get(c), row.get(c));
            }
            r++;
        }
        if (!table.note().isEmpty()) {
            sheet.value(r + 1, 0, table.note());
        }
        workbook.finish();
    }

    private static void cell(Worksheet sheet, int r, int c, ReportColumn column, Object value) {
        if (value == null) {
            return;
        }
        switch (column.kind()) {
        case TEXT -> sheet.value(r, c, (String) value);
        case NUMBER -> sheet.value(r, c, (Long) value);
        case DATE -> {
            sheet.value(r, c, (LocalDate) value);
            sheet.style(r, c).format("yyyy-mm-dd").set();
        }
        case TIME -> {
            sheet.value(r, c, ((LocalTime) value).toSecondOfDay() / SECONDS_PER_DAY);
            sheet.style(r, c).format("hh:mm").set();
        }
        case DATE_TIME -> {
            sheet.value(r, c, (LocalDateTime) value);
            sheet.style(r, c).format("yyyy-mm-dd hh:mm").set();
        }
        case DURATION -> {
            sheet.value(r, c, ((Duration) value).toSeconds() / SECONDS_PER_DAY);
            sheet.style(r, c).format("[h]:mm").set();
        }
        }
    }

    /** Excel allows 31 characters and none of []:*?/\ in a sheet's name. */
    static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.length() > 31 ? name.substring(0, 31).strip() : name.isEmpty() ? "Report" : name;
    }

    /** The workbook closes its stream when it finishes; the caller's stream stays open. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
