package org.gatepass.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.gatepass.core.pass.PassListing;
import org.gatepass.core.pass.VisitorPass;
import org.gatepass.report.PassBadge;
import org.osgi.service.component.annotations.Component;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

@Component(service = PassBadge.class)
public final class BadgePdf implements PassBadge {
    private static final float MARGIN = 22;
    /** The code's width on paper: about 50 mm, modules near 1.5 mm, read by a camera at arm's length. */
    private static final float CODE_SIZE = 142;
    private static final int QUIET_MODULES = 4;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm");

    @Override
    public void writePdf(PassListing listing, String code, String site, ZoneId zone, OutputStream out) throws IOException {
        VisitorPass pass = listing.pass();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A6);
            document.addPage(page);
            PdfText text = PdfText.in(document);
            float width = page.getMediaBox().getWidth();
            float top = page.getMediaBox().getHeight() - MARGIN;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                text.show(content, 9, MARGIN, top, text.fitted(site, 9, width - 2 * MARGIN));
                text.show(content, 20, MARGIN, top - 26, "VISITOR");
                text.show(content, 15, MARGIN, top - 50, text.fitted(listing.visitorName(), 15, width - 2 * MARGIN));
                float y = top - 68;
                for (String line : new String[] { "Host: " + blankAsDash(listing.hostEmail()), "Purpose: " + blankAsDash(pass.purpose()),
                        "From: " + WHEN.format(pass.validFrom().atZone(zone)), "Until: " + WHEN.format(pass.validUntil().atZone(zone)),
                        "Gates: " + (pass.cameras().isEmpty() ? "all" : String.join(", ", pass.cameras())) }) {
                    text.show(content, 8.5f, MARGIN, y, text.fitted(line, 8.5f, width - 2 * MARGIN));
                    y -= 12;
                }
                drawCode(content, code, (width - CODE_SIZE) / 2, MARGIN + 14);
                text.show(content, 7, MARGIN, MARGIN, "Pass " + pass.id() + ". Show this code to the camera at the gate. Not transferable.");
            }
            document.save(out);
        }
    }

    private static void drawCode(PDPageContentStream content, String code, float x, float y) throws IOException {
        ByteMatrix modules;
        try {
            modules = Encoder.encode(code, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "ISO-8859-1")).getMatrix();
        } catch (WriterException e) {
            throw new IOException("The pass code cannot be drawn as a QR code: " + e.getMessage(), e);
        }
        float module = CODE_SIZE / (modules.getWidth() + 2 * QUIET_MODULES);
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < modules.getHeight(); row++) {
            for (int column = 0; column < modules.getWidth(); column++) {
                if (modules.get(column, row) == 1) {
                    // PDF's y grows upwards, the matrix's rows downwards
                    content.addRect(x + (QUIET_MODULES + column) * module, y + CODE_SIZE - (QUIET_MODULES + row + 1) * module, module, module);
                }
            }
        }
        content.fill();
    }

    private static String blankAsDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
