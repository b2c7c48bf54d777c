package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.printing.PrinterData;
import org.gatepass.core.DataDirectory;
import org.gatepass.core.access.AccessService;
import org.gatepass.core.access.AntiPassback;
import org.gatepass.core.access.Gate;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.importing.ImportTable;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonService;
import org.gatepass.core.report.ColumnKind;
import org.gatepass.core.report.ReportColumn;
import org.gatepass.core.report.ReportDefinition;
import org.gatepass.core.report.ReportParameter;
import org.gatepass.core.report.ReportRequest;
import org.gatepass.core.report.ReportTable;
import org.gatepass.core.security.Actor;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.report.ExportFormat;
import org.gatepass.sheets.SheetReader;
import org.gatepass.ui.reports.ReportsParts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The Reports view: a person's day on site in the attendance, its hour among the bars, their history, their presence at
 * noon, an unknown face in the alerts per day, the attendance of one gate; exported as CSV, Excel and PDF and read back; printed; and a report a
 * plug-in registers listed and gone again.
 */
@ExtendWith(ServiceExtension.class)
class ReportsViewTest {
    @InjectService(timeout = 10_000)
    PersonService persons;
    @InjectService(timeout = 10_000)
    GateEventRepository events;
    @InjectService(timeout = 10_000)
    SheetReader sheets;
    @InjectService(timeout = 10_000)
    AccessService access;

    @Test
    void aDayOnSiteIsReportedChartedExportedAndPrinted() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        WorkbenchTest.switchTo(workbench, WorkbenchTest.CONTROL_ROOM);
        workbench.showPart("org.gatepass.part.reports");
        workbench.waitUntil("the Reports view shows", () -> workbench.isShowing("reports.table"));
        var application = workbench.workbench.getApplication();
        Person rita = persons.create(workbench.actor(), new Person(null, "R" + System.nanoTime() % 100_000, "Rita Report " + System.nanoTime(), null, null,
                PersonCategory.CONTRACTOR, org.gatepass.core.person.PersonStatus.ACTIVE, null));
        ZoneId zone = ZoneId.systemDefault();
        LocalDate yesterday = LocalDate.now(zone).minusDays(1);
        Instant in = yesterday.atTime(8, 5).atZone(zone).toInstant();
        Instant out = yesterday.atTime(16, 50).atZone(zone).toInstant();
        events.record(GateEvent.admitted(rita.id(), "report-gate", Direction.IN, in));
        events.record(GateEvent.admitted(rita.id(), "report-gate", Direction.OUT, out));
        events.record(new GateEvent(null, null, "report-gate", null, Decision.UNKNOWN_FACE, 0.2, yesterday.atTime(9, 0).atZone(zone).toInstant()),
                new byte[] { 1 });

        workbench.fill("reports.from", yesterday.toString());
        workbench.fill("reports.to", yesterday.toString());
        workbench.fill("reports.camera", "report-gate");
        ReportTable attendance = run(workbench, "attendance");
        assertTrue(attendance.rows().contains(Arrays.asList(yesterday, rita.name(), rita.externalId(), "Contractor", LocalTime.of(8, 5),
                LocalTime.of(16, 50), java.time.Duration.ofMinutes(8 * 60 + 45))), attendance.rows().toString());
        assertFalse(workbench.ui(() -> workbench.find("reports.person", org.eclipse.swt.widgets.Text.class).isEnabled()),
                "the attendance reads no person: the field is greyed out");

        Path csv = exported(workbench, ExportFormat.CSV, "attendance-" + yesterday + "-to-" + yesterday + ".csv");
        assertTrue(Files.readString(csv).contains(rita.name() + "," + rita.externalId() + ",Contractor,08:05,16:50,8:45"), Files.readString(csv));
        Path xlsx = exported(workbench, ExportFormat.XLSX, "attendance-" + yesterday + "-to-" + yesterday + ".xlsx");
        ImportTable sheet = sheets.read(xlsx);
        assertTrue(sheet.rows().stream().anyMatch(r -> r.cells().contains(rita.name()) && r.cells().contains("Contractor")), sheet.rows().toString());
        Path pdf = exported(workbench, ExportFormat.PDF, "attendance-" + yesterday + "-to-" + yesterday + ".pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Daily attendance") && text.contains(rita.name()) && text.contains("08:05") && text.contains("8:45"), text);
        }

        ReportTable hours = run(workbench, "movements-per-hour");
        assertEquals(24, hours.rows().size());
        assertEquals(List.of(LocalDateTime.of(yesterday, LocalTime.of(8, 0)), 1L, 0L), hours.rows().get(8));
        var series = workbench.ui(() -> ReportsParts.series(application));
        assertEquals(List.of("In", "Out"), series.stream().map(s -> s.getId()).toList());
        assertEquals(1.0, series.get(0).getYSeries()[8], "the bar of 8 o'clock");
        workbench.maximise("org.gatepass.part.reports", true);
        try {
            Thread.sleep(500);
            workbench.screenshot(workbench.ui(() -> workbench.mainShell().orElseThrow()), Path.of("target", "reports.png"));
        } finally {
            workbench.maximise("org.gatepass.part.reports", false);
        }

        workbench.fill("reports.person", rita.name());
        ReportTable history = run(workbench, "person-history");
        assertEquals(List.of("In", "Out"), history.rows().stream().map(r -> r.get(1)).toList());

        workbench.fill("reports.moment", yesterday + " 12:00");
        ReportTable noon = run(workbench, "presence-at");
        assertTrue(noon.rows().stream().anyMatch(r -> r.get(0).equals(rita.name()) && r.get(3).equals("report-gate")), noon.rows().toString());
        workbench.fill("reports.moment", yesterday + " 17:00");
        assertTrue(run(workbench, "presence-at").rows().stream().noneMatch(r -> r.get(0).equals(rita.name())), "out by five");

        String door = "Report door " + System.nanoTime();
        access.saveGate(workbench.actor(), new Gate(null, door, Set.of("report-gate"), false, "", 0, AntiPassback.OFF, ""));
        access.saveGate(workbench.actor(), new Gate(null, "Other " + door, Set.of("report-elsewhere"), false, "", 0, AntiPassback.OFF, ""));
        ReportTable alerts = run(workbench, "alerts-per-day");
        assertEquals(List.of(yesterday, 1L, 0L, 0L), alerts.rows().get(0));

        workbench.waitUntil("the new gates are offered", () -> List.of(workbench.find("reports.gate", Combo.class).getItems()).contains("Other " + door));
        workbench.fill("reports.camera", "");
        chooseGate(workbench, door);
        ReportTable atDoor = run(workbench, "attendance");
        assertTrue(atDoor.rows().stream().anyMatch(r -> r.get(1).equals(rita.name())), atDoor.rows().toString());
        assertTrue(atDoor.covers().endsWith("gate " + door), atDoor.covers());
        chooseGate(workbench, "Other " + door);
        assertTrue(run(workbench, "attendance").rows().stream().noneMatch(r -> r.get(1).equals(rita.name())), "Rita never used the other door");
        chooseGate(workbench, "Whole site");

        printed(workbench);
        pluginReportsComeAndGo(workbench);
    }

    /** Printed to GTK's "Print to File" printer, which every GTK has: the pages arrive in a file. */
    private static void printed(RunningWorkbench workbench) throws Exception {
        var application = workbench.workbench.getApplication();
        PrinterData toFile = Arrays.stream(Printer.getPrinterList()).filter(p -> p.name.contains("File")).findFirst().orElseThrow(
                () -> new AssertionError("GTK lists no Print to File printer: " + Arrays.stream(Printer.getPrinterList()).map(p -> p.name).toList()));
        Path file = Files.createTempDirectory("gatepass-print").resolve("alerts.pdf");
        toFile.printToFile = true;
        toFile.fileName = file.toString();
        workbench.ui(() -> ReportsParts.print(application, toFile));
        workbench.waitUntil("the pages are printed", () -> workbench.text("reports.message").contains("sent to"));
        workbench.waitUntil("the printed file is written", () -> Files.isRegularFile(file) && sizeOf(file) > 1000);
        assertTrue(workbench.text("reports.message").startsWith("1 page sent to"), workbench.text("reports.message"));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** A report registered by another bundle is listed at once, runs like Gatepass's own, and leaves with its bundle. */
    private static void pluginReportsComeAndGo(RunningWorkbench workbench) {
        var application = workbench.workbench.getApplication();
        ReportDefinition plugin = new ReportDefinition() {
            @Override
            public String id() {
                return "test.fire-drill";
            }

            @Override
            public String title() {
                return "Fire drill times";
            }

            @Override
            public Set<ReportParameter> parameters() {
                return EnumSet.of(ReportParameter.DAYS);
            }

            @Override
            public ReportTable run(Actor actor, ReportRequest request) {
                return new ReportTable(title(), "drills", List.of(new ReportColumn("Drill", ColumnKind.DATE), new ReportColumn("Minutes", ColumnKind.NUMBER)),
                        List.of(List.of(request.query().from(), 7L)), null, null);
            }
        };
        ServiceRegistration<ReportDefinition> registration = FrameworkUtil.getBundle(ReportsViewTest.class).getBundleContext()
                .registerService(ReportDefinition.class, plugin, null);
        try {
            workbench.waitUntil("the plug-in's report is listed last", () -> {
                List<String> listed = ReportsParts.listed(application);
                return !listed.isEmpty() && listed.get(listed.size() - 1).equals("Fire drill times");
            });
            assertEquals(7L, run(workbench, "test.fire-drill").rows().get(0).get(1));
        } finally {
            registration.unregister();
        }
        workbench.waitUntil("the plug-in's report is gone", () -> !ReportsParts.listed(application).contains("Fire drill times"));
        assertEquals(6, workbench.ui(() -> ReportsParts.listed(application)).size(), "Gatepass's six reports stay");
    }

    private static void chooseGate(RunningWorkbench workbench, String name) {
        workbench.ui(() -> {
            Combo gates = workbench.find("reports.gate", Combo.class);
            gates.select(List.of(gates.getItems()).indexOf(name));
        });
    }

    /** Chooses the report, presses Show and returns the table once it shows. */
    private static ReportTable run(RunningWorkbench workbench, String id) {
        var application = workbench.workbench.getApplication();
        ReportTable before = workbench.ui(() -> ReportsParts.shown(application));
        assertTrue(workbench.ui(() -> ReportsParts.choose(application, id)), id + " is listed");
        workbench.press("reports.show");
        workbench.waitUntil(id + " shows", () -> ReportsParts.shown(application) != before && ReportsParts.shown(application) != null);
        return workbench.ui(() -> ReportsParts.shown(application));
    }

    private static Path exported(RunningWorkbench workbench, ExportFormat format, String name) {
        workbench.ui(() -> ReportsParts.export(workbench.workbench.getApplication(), format));
        Path file = DataDirectory.resolve().resolve("reports").resolve(name);
        workbench.waitUntil(name + " is written", () -> Files.isRegularFile(file) && workbench.text("reports.message").endsWith(file.toString()));
        return file;
    }
}
