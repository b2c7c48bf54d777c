package org.gatepass.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.gatepass.core.presence.PresenceBoard;
import org.gatepass.core.presence.PresenceEntry;

/** The muster list as an A4 PDF: title, time, counts, then one row per person, the table head on every page. */
final class MusterPdf {
    private static final float MARGIN = 50;
    private static final float ROW = 15;
    private static final float[] COLUMNS = { 0, 175, 245, 315, 410 };
    private static final String[] HEADS = { "Name", "ID", "Category", "Gate", "Inside since" };
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("dd MMM HH:mm");

    private final PresenceBoard board;
    private final String site;
    private final ZoneId zone;

    MusterPdf(PresenceBoard board, String site, ZoneId zone) {
        this.board = board;
        this.site = site;
        this.zone = zone;
    }

    void write(OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfText text = PdfText.in(document);
            Page page = new Page(document, text);
            page.line(16, "Muster list — " + site);
            page.line(11, "Inside at " + TIME.format(board.at().atZone(zone)) + " (" + zone.getId() + "): " + board.inside().size()
                    + (board.inside().size() == 1 ? " person" : " persons"));
            page.line(10, "By category: " + counts(board.byCategory().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().label(), Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new))));
            page.line(10, "By gate: " + counts(board.byGate()));
            page.gap();
            page.head();
            for (PresenceEntry entry : board.inside()) {
                if (page.full()) {
                    page = page.next();
                    page.head();
                }
                page.row(List.of(entry.name(), entry.externalId() == null ? "" : entry.externalId(), entry.category().label(), entry.gate(),
                        SINCE.format(entry.since().atZone(zone))), false);
            }
            page.close();
            text.numberPages(document, MARGIN);
            document.save(out);
        }
    }

    private static String counts(Map<String, Long> counts) {
        return counts.isEmpty() ? "—" : counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** One page being written, top to bottom. */
    private static final class Page {
        private final PDDocument document;
        private final PdfText text;
        private final PDPageContentStream content;
        private float y;

        Page(PDDocument document, PdfText text) throws IOException {
            this.document = document;
            this.text = text;
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        Page next() throws IOException {
            close();
            return new Page(document, text);
        }

        boolean full() {
            return y < MARGIN + 2 * ROW;
        }

        void line(float size, String words) throws IOException {
            y -= size + 6;
            text.show(content, size, MARGIN, y, words);
        }

        void gap() {
            y -= ROW / 2;
        }

        void head() throws IOException {
            row(List.of(HEADS), true);
            content.moveTo(MARGIN, y - 4);
            content.lineTo(PDRectangle.A4.getWidth() - MARGIN, y - 4);
            content.stroke();
        }

        void row(List<String> cells, boolean bold) throws IOException {
            y -= ROW;
            for (int i = 0; i < cells.size(); i++) {
                float width = (i + 1 < COLUMNS.length ? COLUMNS[i + 1] : PDRectangle.A4.getWidth() - 2 * MARGIN) - COLUMNS[i] - 6;
                text.show(content, bold ? 10.5f : 10, MARGIN + COLUMNS[i], y, text.fitted(cells.get(i), bold ? 10.5f : 10, width));
            }
        }

        void close() throws IOException {
            content.close();
        }
    }
}
