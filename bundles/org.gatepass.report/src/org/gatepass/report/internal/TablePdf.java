package org.gatepass.report.internal;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.gatepass.core.report.ReportChart;
import org.gatepass.core.report.ReportColumn;
import org.gatepass.core.report.ReportTable;

/**
 * A report as an A4 PDF: the site and title, what it covers, its note, its chart drawn as vector bars, then the table
 * with its heading on every page and "Page n of m". Wide tables turn the page to landscape; columns share the width by
 * what they hold.
 */
final class TablePdf {
    static final float MARGIN = 40;
    private static final float ROW = 14;
    private static final float TEXT = 9.5f;
    private static final int MEASURED_ROWS = 500;

    private final ReportTable table;
    private final String site;

    TablePdf(ReportTable table, String site) {
        this.table = table;
        this.site = site;
    }

    void write(OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfText text = PdfText.in(document);
            PDRectangle size = table.columns().size() > 5 ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
            float[] widths = widths(text, size.getWidth() - 2 * MARGIN);
            Page page = new Page(document, text, size, widths);
            page.line(15, site.isBlank() ? table.title() : table.title() + " — " + site);
            page.line(10, table.covers());
            if (!table.note().isEmpty()) {
                page.line(10, table.note());
            }
            if (table.chart() != null) {
                page.chart(table);
            }
            page.gap();
            page.head(table.columns());
            for (List<Object> row : table.rows()) {
                if (page.full()) {
                    page = page.next();
                    page.head(table.columns());
                }
                List<String> cells = new ArrayList<>(row.size());
                for (int c = 0; c < row.size(); c++) {
                    cells.add(table.columns().get(c).kind().text(row.get(c)));
                }
                page.row(cells, false);
            }
            page.close();
            text.numberPages(document, MARGIN);
            document.save(out);
        }
    }

    /** Each column's natural width (its heading or widest cell), scaled down together when they do not fit. */
    private float[] widths(PdfText text, float available) throws IOException {
        int count = table.columns().size();
        float[] widths = new float[count];
        for (int c = 0; c < count; c++) {
            ReportColumn column = table.columns().get(c);
            float widest = text.width(column.heading(), TEXT);
            for (int r = 0; r < Math.min(MEASURED_ROWS, table.rows().size()); r++) {
                widest = Math.max(widest, text.width(column.kind().text(table.rows().get(r).get(c)), TEXT));
            }
            widths[c] = widest + 10;
        }
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        if (total > available) {
            for (int c = 0; c < count; c++) {
                widths[c] *= available / total;
            }
        }
        return widths;
    }

    /** One page being written, top to bottom. */
    private static final class Page {
        private static final float CHART_HEIGHT = 170;
        private static final Color[] SERIES = { new Color(0x2E7D32), new Color(0x1565C0), new Color(0xC62828), new Color(0x6A1B9A) };

        private final PDDocument document;
        private final PdfText text;
        private final PDRectangle size;
        private final float[] widths;
        private final PDPageContentStream content;
        private float y;

        Page(PDDocument document, PdfText text, PDRectangle size, float[] widths) throws IOException {
            this.document = document;
            this.text = text;
            this.size = size;
            this.widths = widths;
            PDPage page = new PDPage(size);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = size.getHeight() - MARGIN;
        }

        Page next() throws IOException {
            close();
            return new Page(document, text, size, widths);
        }

        boolean full() {
            return y < MARGIN + 2 * ROW;
        }

        void line(float fontSize, String words) throws IOException {
            y -= fontSize + 6;
            text.show(content, fontSize, MARGIN, y, text.fitted(words, fontSize, size.getWidth() - 2 * MARGIN));
        }

        void gap() {
            y -= ROW / 2;
        }

        void head(List<ReportColumn> columns) throws IOException {
            row(columns.stream().map(ReportColumn::heading).toList(), true);
            content.moveTo(MARGIN, y - 4);
            content.lineTo(size.getWidth() - MARGIN, y - 4);
            content.stroke();
        }

        void row(List<String> cells, boolean heading) throws IOException {
            y -= ROW;
            float x = MARGIN;
            float fontSize = heading ? TEXT + 0.5f : TEXT;
            for (int i = 0; i < cells.size(); i++) {
                text.show(content, fontSize, x, y, text.fitted(cells.get(i), fontSize, widths[i] - 6));
                x += widths[i];
            }
        }

        /** Grouped bars, a value axis with its maximum, every n-th category named so that labels do not overlap. */
        void chart(ReportTable table) throws IOException {
            ReportChart chart = table.chart();
            y -= 14;
            text.show(content, 10.5f, MARGIN, y, chart.title());
            float left = MARGIN + 30;
            float width = size.getWidth() - MARGIN - left;
            float bottom = y - CHART_HEIGHT - 8;
            long max = Math.max(1, chart.series().stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).max().orElse(1));
            content.setStrokingColor(Color.DARK_GRAY);
            content.moveTo(left, bottom);
            content.lineTo(left + width, bottom);
            content.moveTo(left, bottom);
            content.lineTo(left, bottom + CHART_HEIGHT);
            content.stroke();
            text.show(content, 8, MARGIN, bottom + CHART_HEIGHT - 8, Long.toString(max));
            text.show(content, 8, MARGIN, bottom - 3, "0");
            int categories = chart.categories().size();
            int seriesCount = Math.max(1, chart.series().size());
            float slot = categories == 0 ? width : width / categories;
            float bar = slot * 0.8f / seriesCount;
            for (int s = 0; s < chart.series().size(); s++) {
                content.setNonStrokingColor(SERIES[s % SERIES.length]);
                List<Long> values = chart.series().get(s).values();
                for (int c = 0; c < categories; c++) {
                    float height = CHART_HEIGHT * values.get(c) / max;
                    if (height > 0) {
                        content.addRect(left + c * slot + slot * 0.1f + s * bar, bottom, bar, height);
                    }
                }
                content.fill();
            }
            content.setNonStrokingColor(Color.BLACK);
            int every = Math.max(1, (int) Math.ceil(categories * 30 / width));
            for (int c = 0; c < categories; c += every) {
                text.show(content, 7, left + c * slot, bottom - 10, text.fitted(chart.categories().get(c), 7, every * slot));
            }
            float legend = left;
            for (int s = 0; s < chart.series().size(); s++) {
                content.setNonStrokingColor(SERIES[s % SERIES.length]);
                content.addRect(legend, bottom - 24, 8, 8);
                content.fill();
                content.setNonStrokingColor(Color.BLACK);
                text.show(content, 8, legend + 11, bottom - 23, chart.series().get(s).name());
                legend += 20 + text.width(chart.series().get(s).name(), 8);
            }
            y = bottom - 30;
        }

        void close() throws IOException {
            content.close();
        }
    }
}
