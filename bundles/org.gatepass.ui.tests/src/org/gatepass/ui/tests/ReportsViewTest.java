package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.gatepass.core.DataDirectory;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonService;
import org.gatepass.core.report.AttendanceRow;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.ui.reports.ReportsParts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** The Reports view: a person's day on site in the attendance table and the hour's bars, exported as CSV. */
@ExtendWith(ServiceExtension.class)
class ReportsViewTest {
    @InjectService(timeout = 10_000)
    PersonService persons;
    @InjectService(timeout = 10_000)
    GateEventRepository events;

    @Test
    void aDayOnSiteIsReportedChartedAndExported() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        WorkbenchTest.switchTo(workbench, WorkbenchTest.CONTROL_ROOM);
        workbench.showPart("org.gatepass.part.reports");
        workbench.waitUntil("the Reports view shows", () -> workbench.isShowing("reports.attendance"));
        Person rita = persons.create(workbench.actor(), Person.newPerson("Rita Report " + System.nanoTime(), PersonCategory.CONTRACTOR));
        ZoneId zone = ZoneId.systemDefault();
        LocalDate yesterday = LocalDate.now(zone).minusDays(1);
        Instant in = yesterday.atTime(8, 5).atZone(zone).toInstant();
        Instant out = yesterday.atTime(16, 50).atZone(zone).toInstant();
        events.record(GateEvent.admitted(rita.id(), "report-gate", Direction.IN, in));
        events.record(GateEvent.admitted(rita.id(), "report-gate", Direction.OUT, out));

        workbench.fill("reports.from", yesterday.toString());
        workbench.fill("reports.to", yesterday.toString());
        workbench.fill("reports.camera", "report-gate");
        workbench.press("reports.show");
        workbench.waitUntil("Rita's day is reported", () -> workbench.ui(() -> ReportsParts.attendance(workbench.workbench.getApplication()))
                .stream().anyMatch(r -> r.personId() == rita.id()));
        AttendanceRow day = workbench.ui(() -> ReportsParts.attendance(workbench.workbench.getApplication())).stream()
                .filter(r -> r.personId() == rita.id()).findFirst().orElseThrow();
        assertEquals(in.truncatedTo(ChronoUnit.MILLIS), day.firstIn());
        assertEquals(out.truncatedTo(ChronoUnit.MILLIS), day.lastOut());
        assertEquals(8 * 60 + 45, day.onSite().toMinutes());
        var hours = workbench.ui(() -> ReportsParts.hours(workbench.workbench.getApplication()));
        assertEquals(1, hours.stream().filter(h -> h.hour().equals(LocalDateTime.of(yesterday, java.time.LocalTime.of(8, 0)))).mapToLong(h -> h.ins()).sum());
        Thread.sleep(300);
        workbench.screenshot(workbench.ui(() -> workbench.mainShell().orElseThrow()), Path.of("target", "reports.png"));

        workbench.press("reports.export");
        Path csv = DataDirectory.resolve().resolve("reports").resolve("attendance-" + yesterday + "-to-" + yesterday + ".csv");
        workbench.waitUntil("the CSV is written", () -> Files.isRegularFile(csv) && workbench.text("reports.message").startsWith("Attendance written"));
        assertTrue(Files.readString(csv).contains(rita.name() + ",,Contractor,08:05,16:50,8:45"), Files.readString(csv));
    }
}
