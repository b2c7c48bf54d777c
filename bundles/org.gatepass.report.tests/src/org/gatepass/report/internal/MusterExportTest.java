package org.gatepass.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.presence.PresenceBoard;
import org.gatepass.core.presence.PresenceEntry;
import org.gatepass.report.MusterExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** The muster list read back: the PDF's text with PDFBox, the CSV as a spreadsheet would take it. */
@ExtendWith(ServiceExtension.class)
class MusterExportTest {
    private static final Instant AT = Instant.parse("2026-12-04T09:30:00Z");

    @InjectService(timeout = 10_000)
    MusterExport muster;

    @Test
    void thePdfListsEveryPersonInsideOnNumberedPagesWithTheCounts() throws Exception {
        List<PresenceEntry> inside = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            inside.add(new PresenceEntry(i, "S" + (1000 + i), String.format("Pupil %03d", i), PersonCategory.STUDENT, i % 3 == 0 ? "side-gate" : "main-gate",
                    AT.minusSeconds(60L * i)));
        }
        inside.add(new PresenceEntry(500, null, "Zoë Ångström-Łukasiewicz", PersonCategory.EMPLOYEE, "main-gate", AT.minusSeconds(3600)));
        PresenceBoard board = new PresenceBoard(AT, inside);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();

        muster.writePdf(board, "Hill School", ZoneId.of("Europe/Berlin"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 3, "121 rows need several pages, got " + pages);
            assertTrue(text.contains("Muster list — Hill School"), text);
            assertTrue(text.contains("Inside at 2026-12-04 10:30 (Europe/Berlin): 121 persons"), text);
            assertTrue(text.contains("By category: Employee 1, Student 120"), text);
            assertTrue(text.contains("By gate: main-gate 81, side-gate 40"), text);
            for (PresenceEntry entry : inside) {
                assertTrue(text.contains(entry.name()), entry.name() + " is on the list");
            }
            assertTrue(text.contains("Page " + pages + " of " + pages), text);
            assertEquals(pages, countOf(text, "Inside since"), "the table head is on every page");
        }
    }

    @Test
    void theCsvHasOneLinePerPersonAndDefusesFormulas() throws Exception {
        PresenceBoard board = new PresenceBoard(AT, List.of(
                new PresenceEntry(1, "E7", "=HYPERLINK(\"http://evil\")", PersonCategory.VISITOR, "main-gate", AT),
                new PresenceEntry(2, null, "Doe, Jane", PersonCategory.EMPLOYEE, "side-gate", AT.minusSeconds(90))));
        StringWriter csv = new StringWriter();

        muster.writeCsv(board, csv);

        assertEquals("Name,ID,Category,Gate,Inside since (UTC)\r\n"
                + "\"'=HYPERLINK(\"\"http://evil\"\")\",E7,Visitor,main-gate,2026-12-04T09:30:00Z\r\n"
                + "\"Doe, Jane\",,Employee,side-gate,2026-12-04T09:28:30Z\r\n", csv.toString());
    }

    private static int countOf(String text, String words) {
        int count = 0;
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            count++;
        }
        return count;
    }
}
