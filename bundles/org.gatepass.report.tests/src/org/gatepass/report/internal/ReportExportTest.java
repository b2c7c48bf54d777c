package org.gatepass.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.gatepass.core.report.ChartSeries;
import org.gatepass.core.report.ColumnKind;
import org.gatepass.core.report.ReportChart;
import org.gatepass.core.report.ReportColumn;
import org.gatepass.core.report.ReportTable;
import org.gatepass.report.ExportFormat;
import org.gatepass.report.ReportExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** Any report written and read back: CSV as text, the workbook's cells by type and format, the PDF's text and pages. */
@ExtendWith(ServiceExtension.class)
class ReportExportTest {
    private static final List<ReportColumn> COLUMNS = List.of(new ReportColumn("Day", ColumnKind.DATE), new ReportColumn("Name", ColumnKind.TEXT),
            new ReportColumn("Count", ColumnKind.NUMBER), new ReportColumn("First in", ColumnKind.TIME), new ReportColumn("At", ColumnKind.DATE_TIME),
            new ReportColumn("On site", ColumnKind.DURATION));

    @InjectService(timeout = 10_000)
    ReportExport export;

    private static ReportTable table(int rows) {
        List<List<Object>> cells = new ArrayList<>();
        cells.add(Arrays.asList(LocalDate.of(2026, 12, 4), "=HYPERLINK(\"http://evil\")", 3L, LocalTime.of(8, 5), LocalDateTime.of(2026, 12, 4, 8, 5),
                Duration.ofMinutes(26 * 60 + 15)));
        cells.add(Arrays.asList(LocalDate.of(2026, 12, 5), "Zoë Ångström", null, null, null, null));
        for (int i = 2; i < rows; i++) {
            cells.add(Arrays.asList(LocalDate.of(2026, 12, 6), String.format("Row %03d", i), (long) i, LocalTime.of(9, 0), null, Duration.ofMinutes(i)));
        }
        ReportChart chart = new ReportChart("Per day", "Day", "Count", List.of("4 Dec", "5 Dec"),
                List.of(new ChartSeries("In", List.of(3L, 0L)), new ChartSeries("Out", List.of(1L, 2L))));
        return new ReportTable("Test report", "4 Dec to 6 Dec", COLUMNS, cells, chart, "A note.");
    }

    private byte[] written(ReportTable table, ExportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(table, format, "Hill School", out);
        return out.toByteArray();
    }

    @Test
    void csvHasTheHeadingsTheCellsAsTextAndNoFormulas() throws Exception {
        String csv = new String(written(table(2), ExportFormat.CSV), StandardCharsets.UTF_8);
        assertEquals(List.of("Day,Name,Count,First in,At,On site", "2026-12-04,\"'=HYPERLINK(\"\"http://evil\"\")\",3,08:05,2026-12-04 08:05,26:15",
                "2026-12-05,Zoë Ångström,,,,"), csv.lines().toList());
    }

    @Test
    void theWorkbookKeepsNumbersDatesTimesAndDurationsAsTypedCells() throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(written(table(3), ExportFormat.XLSX)),
                new ReadingOptions(true, false))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("Test report", rows.get(0).getCell(0).asString());
            assertEquals("Test report", workbook.getFirstSheet().getName());
            assertEquals(List.of("Day", "Name", "Count", "First in", "At", "On site"),
                    rows.get(2).stream().map(c -> c.asString()).toList());
            Row first = rows.get(3);
            assertEquals(CellType.NUMBER, first.getCell(0).getType(), "a date is a number formatted as a date");
            assertEquals(LocalDate.of(2026, 12, 4), first.getCell(0).asDate().toLocalDate());
            assertEquals("yyyy-mm-dd", first.getCell(0).getDataFormatString());
            assertEquals(CellType.STRING, first.getCell(1).getType(), "a formula typed as a name stays text");
            assertEquals("=HYPERLINK(\"http://evil\")", first.getCell(1).asString());
            assertEquals(new BigDecimal("3"), first.getCell(2).asNumber());
            assertEquals(8 * 60 + 5, Math.round(first.getCell(3).asNumber().doubleValue() * 24 * 60), "08:05 as a fraction of a day");
            assertEquals("hh:mm", first.getCell(3).getDataFormatString());
            assertEquals(LocalDateTime.of(2026, 12, 4, 8, 5), first.getCell(4).asDate());
            assertEquals(26 * 60 + 15, Math.round(first.getCell(5).asNumber().doubleValue() * 24 * 60), "26:15 on site, more than a day");
            assertEquals("[h]:mm", first.getCell(5).getDataFormatString());
            assertTrue(rows.get(4).getCellAsString(2).isEmpty() || rows.get(4).getCell(2) == null, "an empty cell stays empty");
        }
    }

    @Test
    void thePdfHasTheChartTheNoteAndTheTableHeadOnEveryNumberedPage() throws Exception {
        try (PDDocument document = Loader.loadPDF(written(table(150), ExportFormat.PDF))) {
            String text = new PDFTextStripper().getText(document);
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 3, "150 rows need several pages, got " + pages);
            assertTrue(document.getPage(0).getMediaBox().getWidth() > document.getPage(0).getMediaBox().getHeight(), "six columns: landscape");
            assertTrue(text.contains("Test report — Hill School") && text.contains("4 Dec to 6 Dec") && text.contains("A note."), text);
            assertTrue(text.contains("Per day") && text.contains("In") && text.contains("Out"), "the chart's title and legend");
            assertTrue(text.contains("26:15") && text.contains("08:05") && text.contains("Row 149") && text.contains("Zoë Ångström"), text);
            assertEquals(pages, text.split("On site", -1).length - 1, "the table head is on every page");
            assertTrue(text.contains("Page " + pages + " of " + pages), text);
        }
    }
}
