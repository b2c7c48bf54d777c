package org.gatepass.report.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Text in a PDF in a font that shows names in most scripts: DejaVu Sans from the system, embedded (the subset used),
 * when it is installed; else Helvetica, with the letters it cannot show replaced by "?" rather than failing.
 */
final class PdfText {
    private static final List<Path> DEJAVU = List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/TTF/DejaVuSans.ttf"), Path.of("/usr/share/fonts/dejavu/DejaVuSans.ttf"));

    private final PDFont font;

    private PdfText(PDFont font) {
        this.font = font;
    }

    static PdfText in(PDDocument document) throws IOException {
        for (Path candidate : DEJAVU) {
            if (Files.isReadable(candidate)) {
                return new PdfText(PDType0Font.load(document, candidate.toFile()));
            }
        }
        return new PdfText(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
    }

    void show(PDPageContentStream content, float size, float x, float y, String words) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(showable(words));
        content.endText();
    }

    /** The words, cut with an ellipsis to fit {@code width} points. */
    String fitted(String words, float size, float width) throws IOException {
        String shown = showable(words);
        if (width(shown, size) <= width) {
            return shown;
        }
        while (!shown.isEmpty() && width(shown + "…", size) > width) {
            shown = shown.substring(0, shown.offsetByCodePoints(0, shown.codePointCount(0, shown.length()) - 1));
        }
        return shown + "…";
    }

    void numberPages(PDDocument document, float margin) throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
                show(content, 9, margin, margin / 2, "Page " + (i + 1) + " of " + count);
            }
        }
    }

    float width(String words, float size) throws IOException {
        return font.getStringWidth(words) / 1000 * size;
    }

    private String showable(String words) {
        StringBuilder shown = new StringBuilder();
        words.codePoints().forEach(codePoint -> {
            String letter = new String(Character.toChars(codePoint));
            shown.append(encodable(letter) ? letter : "?");
        });
        return shown.toString();
    }

    private boolean encodable(String letter) {
        try {
            font.encode(letter);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
