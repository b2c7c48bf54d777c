package org.gatepass.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gatepass.core.pass.PassListing;
import org.gatepass.core.pass.VisitorPass;
import org.gatepass.report.PassBadge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** The printed badge read back: its text with PDFBox, its QR code from the page rendered at print and screen resolutions. */
@ExtendWith(ServiceExtension.class)
class PassBadgeTest {
    private static final String CODE = "GP1:ABCDEFGHIJKLMNOPQRSTUVWXYZ234567ABCDEFGHIJKLMNOP";

    @InjectService(timeout = 10_000)
    PassBadge badge;

    @Test
    void theBadgeNamesTheVisitorAndItsCodeScansAtPrintAndScreenResolution() throws Exception {
        VisitorPass pass = new VisitorPass(42L, 7, "Boiler service", Instant.parse("2026-12-04T08:00:00Z"), Instant.parse("2026-12-04T16:30:00Z"),
                List.of("main-entrance", "plant-room"), Instant.parse("2026-12-03T10:00:00Z"), "reception", null, null, null);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();

        badge.writePdf(new PassListing(pass, "Zoë Ångström", "zoe@example.org", "facilities@school.example"), CODE, "Hill School",
                ZoneId.of("Europe/Berlin"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("Hill School", "VISITOR", "Zoë Ångström", "Host: facilities@school.example", "Purpose: Boiler service",
                    "From: Fri 4 Dec 2026 09:00", "Until: Fri 4 Dec 2026 17:30", "Gates: main-entrance, plant-room", "Pass 42.")) {
                assertTrue(text.contains(expected), "'" + expected + "' in: " + text);
            }
            for (float dpi : new float[] { 300, 96 }) {
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi);
                int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
                String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                        Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))).getText();
                assertEquals(CODE, read, "the code scans from the page at " + dpi + " dpi");
            }
        }
    }
}
