package org.gatepass.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.gatepass.core.alert.AlertEntry;
import org.gatepass.core.alert.AlertGroup;
import org.gatepass.core.alert.AlertGroups;
import org.gatepass.core.alert.AlertState;
import org.gatepass.core.audit.AuditAction;
import org.gatepass.core.audit.AuditEntry;
import org.gatepass.core.audit.AuditQuery;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.EventLogQuery;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.importing.ColumnMapping;
import org.gatepass.core.importing.ImportPreview;
import org.gatepass.core.importing.ImportResult;
import org.gatepass.core.importing.ImportTable;
import org.gatepass.core.importing.PersonField;
import org.gatepass.core.importing.RowOutcome;
import org.gatepass.core.pass.InvalidPassException;
import org.gatepass.core.report.ReportQuery;
import org.gatepass.core.pass.IssuedPass;
import org.gatepass.core.pass.PassCheck;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonStatus;
import org.gatepass.core.presence.PresenceBoard;
import org.gatepass.core.presence.PresenceEntry;
import org.gatepass.core.presence.PresenceService;
import org.gatepass.core.security.AccessDeniedException;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.InvalidOperatorException;
import org.gatepass.core.security.LoginRefusedException;
import org.gatepass.core.security.Operator;
import org.gatepass.core.security.Role;
import org.gatepass.persistence.testing.StationStorage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Operators, roles and the audit trail through the services, on a real database: every role against every
 * service operation, log-in and lock-out, and the audit rows that changes leave.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServicesContract {
    private static final String STATION = "desk-1";
    private static final String PASSWORD = "a long enough secret";
    private static final String SETTINGS_PID = "org.gatepass.test.matrix";
    private static final String SETTINGS_FACTORY = "org.gatepass.test.matrix.factory";
    private static final AtomicInteger NAMES = new AtomicInteger();

    /**
     * What each role may do, written out from the issue rather than read from {@link Role}, so a wrong grant in
     * the code fails here: Security has the cameras, the log, alerts and the presence list; Reception looks up
     * persons and issues visitors' passes; Admin has everything.
     */
    private static final Map<String, Set<Role>> ALLOWED = Map.ofEntries(
            Map.entry("persons.search", EnumSet.of(Role.RECEPTION, Role.ADMIN)),
            Map.entry("persons.find", EnumSet.of(Role.RECEPTION, Role.ADMIN)),
            Map.entry("persons.create", EnumSet.of(Role.ADMIN)),
            Map.entry("persons.update", EnumSet.of(Role.ADMIN)),
            Map.entry("persons.deactivate", EnumSet.of(Role.ADMIN)),
            Map.entry("eventLog.log", EnumSet.of(Role.SECURITY, Role.ADMIN)),
            Map.entry("eventLog.count", EnumSet.of(Role.SECURITY, Role.ADMIN)),
            Map.entry("eventLog.latestId", EnumSet.of(Role.SECURITY, Role.ADMIN)),
            Map.entry("eventLog.snapshot", EnumSet.of(Role.SECURITY, Role.ADMIN)),
            Map.entry("alerts.acknowledge", EnumSet.of(Role.SECURITY, Role.ADMIN)),
            Map.entry("alerts.acknowledgement", EnumSet.of(Role.SECURITY, Role.ADMIN)),
            Map.entry("alertDesk.alerts", EnumSet.of(Role.SECURITY, Role.ADMIN)),
            Map.entry("alertDesk.acknowledge", EnumSet.of(Role.SECURITY, Role.ADMIN)),
            Map.entry("alertDesk.resolve", EnumSet.of(Role.SECURITY, Role.ADMIN)),
            Map.entry("presence.inside", EnumSet.of(Role.SECURITY, Role.ADMIN)),
            Map.entry("presence.areas", EnumSet.of(Role.SECURITY, Role.ADMIN)),
            Map.entry("presence.markOut", EnumSet.of(Role.SECURITY, Role.ADMIN)),
            Map.entry("notifications.counts", EnumSet.of(Role.ADMIN)),
            Map.entry("notifications.recent", EnumSet.of(Role.ADMIN)),
            Map.entry("notifications.resendFailed", EnumSet.of(Role.ADMIN)),
            Map.entry("settings.read", EnumSet.of(Role.ADMIN)),
            Map.entry("settings.update", EnumSet.of(Role.ADMIN)),
            Map.entry("settings.factoryConfigurations", EnumSet.of(Role.ADMIN)),
            Map.entry("settings.create", EnumSet.of(Role.ADMIN)),
            Map.entry("settings.delete", EnumSet.of(Role.ADMIN)),
            Map.entry("settings.hasSecret", EnumSet.of(Role.ADMIN)),
            Map.entry("settings.storeSecret", EnumSet.of(Role.ADMIN)),
            Map.entry("operators.list", EnumSet.of(Role.ADMIN)),
            Map.entry("operators.add", EnumSet.of(Role.ADMIN)),
            Map.entry("operators.changeRole", EnumSet.of(Role.ADMIN)),
            Map.entry("operators.setEnabled", EnumSet.of(Role.ADMIN)),
            Map.entry("operators.resetPassword", EnumSet.of(Role.ADMIN)),
            Map.entry("audit.find", EnumSet.of(Role.ADMIN)),
            Map.entry("audit.count", EnumSet.of(Role.ADMIN)),
            Map.entry("audit.verify", EnumSet.of(Role.ADMIN)),
            Map.entry("audit.exportCsv", EnumSet.of(Role.ADMIN)),
            Map.entry("passes.issue", EnumSet.of(Role.RECEPTION, Role.ADMIN)),
            Map.entry("passes.list", EnumSet.of(Role.RECEPTION, Role.ADMIN)),
            Map.entry("passes.revoke", EnumSet.of(Role.RECEPTION, Role.ADMIN)),
            Map.entry("passes.code", EnumSet.of(Role.RECEPTION, Role.ADMIN)),
            Map.entry("passes.email", EnumSet.of(Role.RECEPTION, Role.ADMIN)),
            Map.entry("import.preview", EnumSet.of(Role.ADMIN)),
            Map.entry("import.apply", EnumSet.of(Role.ADMIN)),
            Map.entry("reports.attendance", EnumSet.of(Role.SECURITY, Role.ADMIN)),
            Map.entry("reports.movementsPerHour", EnumSet.of(Role.SECURITY, Role.ADMIN)),
            Map.entry("reports.history", EnumSet.of(Role.SECURITY, Role.ADMIN)),
            Map.entry("reports.presentAt", EnumSet.of(Role.SECURITY, Role.ADMIN)),
            Map.entry("reports.alertsPerDay", EnumSet.of(Role.SECURITY, Role.ADMIN)),
            Map.entry("reports.refusalsPerDay", EnumSet.of(Role.SECURITY, Role.ADMIN)),
            Map.entry("reports.gates", EnumSet.of(Role.SECURITY, Role.ADMIN)),
            Map.entry("access.setup", EnumSet.of(Role.ADMIN)),
            Map.entry("access.saveGate", EnumSet.of(Role.ADMIN)),
            Map.entry("access.deleteGate", EnumSet.of(Role.ADMIN)),
            Map.entry("access.saveLevel", EnumSet.of(Role.ADMIN)),
            Map.entry("access.deleteLevel", EnumSet.of(Role.ADMIN)),
            Map.entry("access.saveHoliday", EnumSet.of(Role.ADMIN)),
            Map.entry("access.deleteHoliday", EnumSet.of(Role.ADMIN)),
            Map.entry("access.levelsOf", EnumSet.of(Role.ADMIN)),
            Map.entry("access.setPersonLevel", EnumSet.of(Role.ADMIN)),
            Map.entry("access.setCategoryLevel", EnumSet.of(Role.ADMIN)),
            Map.entry("access.savePresenceRule", EnumSet.of(Role.ADMIN)),
            Map.entry("access.deletePresenceRule", EnumSet.of(Role.ADMIN)));

    private final List<StationStorage> opened = new ArrayList<>();
    private ServiceStation station;
    private Actor admin;

    /** A database of its own, migrated on first use. */
    abstract StationStorage openFreshStorage();

    @BeforeAll
    void startStation() {
        station = new ServiceStation(fresh());
        admin = station.operators.createFirstAdministrator("chief", "Chief Administrator", PASSWORD.toCharArray(), STATION);
    }

    @AfterAll
    void stopStations() {
        opened.forEach(StationStorage::close);
    }

    private StationStorage fresh() {
        StationStorage storage = openFreshStorage();
        opened.add(storage);
        return storage;
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = { "SECURITY", "RECEPTION", "ADMIN" })
    void everyRoleIsAllowedExactlyWhatItMayDo(Role role) {
        Actor actor = role == Role.ADMIN ? admin : signedIn(role);
        Map<String, Consumer<Actor>> operations = operations();
        assertEquals(ALLOWED.keySet(), operations.keySet(), "the matrix covers every operation");
        List<Executable> checks = new ArrayList<>();
        operations.forEach((name, call) -> checks.add(() -> {
            if (ALLOWED.get(name).contains(role)) {
                assertDoesNotThrow(() -> call.accept(actor), role + " may " + name);
            } else {
                AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> call.accept(actor), role + " may not " + name);
                assertTrue(e.getMessage().contains("'" + actor.username() + "'") && e.getMessage().contains(e.permission().name()),
                        "the refusal names the operator and the permission: " + e.getMessage());
            }
        }));
        assertAll(role + " against every service operation", checks);
    }

    /** One call of every service operation, with arguments that succeed when the permission is there. */
    private Map<String, Consumer<Actor>> operations() {
        Person person = station.persons.create(admin, Person.newPerson("Matrix Person " + NAMES.incrementAndGet(), PersonCategory.EMPLOYEE));
        long alert = station.storage.events().record(new GateEvent(null, null, "gate-1", null, Decision.UNKNOWN_FACE, 0.2, Instant.now())).id();
        Operator target = station.operators.add(admin, "target" + NAMES.incrementAndGet(), "Target", Role.SECURITY, PASSWORD.toCharArray());
        EventLogQuery query = EventLogQuery.newestFirst("", 10);
        Map<String, Consumer<Actor>> ops = new java.util.TreeMap<>();
        ops.put("persons.search", a -> station.persons.search(a, "Matrix", 10));
        ops.put("persons.find", a -> station.persons.find(a, person.id()));
        ops.put("persons.create", a -> station.persons.create(a, Person.newPerson("Created " + NAMES.incrementAndGet(), PersonCategory.VISITOR)));
        ops.put("persons.update", a -> station.persons.update(a, new Person(person.id(), null, person.name(), "m@example.org", null,
                PersonCategory.EMPLOYEE, person.status(), null)));
        ops.put("persons.deactivate", a -> station.persons.deactivate(a, person.id()));
        ops.put("eventLog.log", a -> station.eventLog.log(a, query));
        ops.put("eventLog.count", a -> station.eventLog.count(a, query));
        ops.put("eventLog.latestId", a -> station.eventLog.latestId(a));
        ops.put("eventLog.snapshot", a -> station.eventLog.snapshot(a, alert));
        ops.put("alerts.acknowledge", a -> station.alerts.acknowledge(a, alert, "checked the door"));
        ops.put("alerts.acknowledgement", a -> station.alerts.acknowledgement(a, alert));
        ops.put("alertDesk.alerts", a -> station.desk.alerts(a, Instant.EPOCH, false, 10));
        ops.put("alertDesk.acknowledge", a -> station.desk.acknowledge(a, List.of(alert), "on my way"));
        ops.put("alertDesk.resolve", a -> station.desk.resolve(a, List.of(alert), "a delivery driver, let in"));
        ops.put("presence.inside", a -> station.presence.inside(a, PresenceService.SITE));
        ops.put("presence.areas", a -> station.presence.areas(a));
        ops.put("presence.markOut", a -> {
            station.storage.events().recordMovement(person.id(), "gate-1", state -> Optional.of(GateEvent.admitted(person.id(), "gate-1", Direction.IN, Instant.now())));
            station.presence.markOut(a, person.id(), "left by the fire exit");
        });
        ops.put("notifications.counts", a -> station.notifications.counts(a));
        ops.put("notifications.recent", a -> station.notifications.recent(a, 10));
        ops.put("notifications.resendFailed", a -> station.notifications.resendFailed(a));
        ops.put("settings.read", a -> station.settings.read(a, SETTINGS_PID));
        ops.put("settings.update", a -> station.settings.update(a, SETTINGS_PID, Map.of("round", NAMES.incrementAndGet())));
        ops.put("settings.factoryConfigurations", a -> station.settings.factoryConfigurations(a, SETTINGS_FACTORY));
        ops.put("settings.create", a -> station.settings.create(a, SETTINGS_FACTORY, Map.of("round", NAMES.incrementAndGet())));
        ops.put("settings.delete", a -> station.settings.delete(a,
                station.settings.create(admin, SETTINGS_FACTORY, Map.of("round", NAMES.incrementAndGet()))));
        ops.put("settings.hasSecret", a -> station.settings.hasSecret(a, "matrix.key"));
        ops.put("settings.storeSecret", a -> station.settings.storeSecret(a, "matrix.key", "s3cret-value".toCharArray()));
        ops.put("operators.list", a -> station.operators.list(a));
        ops.put("operators.add", a -> station.operators.add(a, "added" + NAMES.incrementAndGet(), "Added", Role.RECEPTION, PASSWORD.toCharArray()));
        ops.put("operators.changeRole", a -> station.operators.changeRole(a, target.id(), Role.RECEPTION));
        ops.put("operators.setEnabled", a -> station.operators.setEnabled(a, target.id(), true));
        ops.put("operators.resetPassword", a -> station.operators.resetPassword(a, target.id(), "another long secret".toCharArray()));
        ops.put("audit.find", a -> station.audit.find(a, AuditQuery.newest(10)));
        ops.put("audit.count", a -> station.audit.count(a, AuditQuery.newest(10)));
        ops.put("audit.verify", a -> station.audit.verify(a));
        ops.put("audit.exportCsv", a -> {
            try {
                station.audit.exportCsv(a, AuditQuery.newest(10), new StringWriter());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ImportTable oneRow = new ImportTable("matrix.csv", List.of("Name", "Category"),
                List.of(new ImportTable.Row(2, List.of("Imported " + NAMES.incrementAndGet(), "Visitor"))));
        ops.put("import.preview", a -> station.imports.preview(a, oneRow, ColumnMapping.guess(oneRow.headers())));
        ops.put("import.apply", a -> station.imports.apply(a, station.imports.preview(admin, oneRow, ColumnMapping.guess(oneRow.headers()))));
        ReportQuery today = new ReportQuery(java.time.LocalDate.now(), java.time.LocalDate.now(), java.time.ZoneOffset.UTC, Set.of(), null);
        ops.put("reports.attendance", a -> station.reports.attendance(a, today));
        ops.put("reports.movementsPerHour", a -> station.reports.movementsPerHour(a, today));
        ops.put("reports.history", a -> station.reports.history(a, 0, today));
        ops.put("reports.presentAt", a -> station.reports.presentAt(a, Instant.now(), Set.of(), null));
        ops.put("reports.alertsPerDay", a -> station.reports.alertsPerDay(a, today));
        ops.put("reports.refusalsPerDay", a -> station.reports.refusalsPerDay(a, today));
        ops.put("reports.gates", a -> station.reports.gates(a));
        ops.put("access.setup", a -> station.access.setup(a));
        ops.put("access.saveGate", a -> newGate(a));
        ops.put("access.deleteGate", a -> station.access.deleteGate(a, newGate(admin).id()));
        ops.put("access.saveLevel", a -> newLevel(a));
        ops.put("access.deleteLevel", a -> station.access.deleteLevel(a, newLevel(admin).id()));
        java.time.LocalDate holiday = java.time.LocalDate.of(2030, 1, 1).plusDays(NAMES.incrementAndGet());
        ops.put("access.saveHoliday", a -> station.access.saveHoliday(a, new org.gatepass.core.access.Holiday(holiday, "Matrix day")));
        ops.put("access.deleteHoliday", a -> {
            java.time.LocalDate day = holiday.plusYears(1).plusDays(NAMES.incrementAndGet());
            station.access.saveHoliday(admin, new org.gatepass.core.access.Holiday(day, "Matrix day"));
            station.access.deleteHoliday(a, day);
        });
        ops.put("access.levelsOf", a -> station.access.levelsOf(a, person.id()));
        ops.put("access.setPersonLevel", a -> station.access.setPersonLevel(a, person.id(), newLevel(admin).id(), true));
        ops.put("access.setCategoryLevel", a -> station.access.setCategoryLevel(a, PersonCategory.CONTRACTOR, newLevel(admin).id(), true));
        ops.put("access.savePresenceRule", a -> newRule(a));
        ops.put("access.deletePresenceRule", a -> station.access.deletePresenceRule(a, newRule(admin).id()));
        ops.put("passes.issue", a -> issuePass(a, "Issued " + NAMES.incrementAndGet()));
        ops.put("passes.list", a -> station.passes.list(a, Instant.now()));
        ops.put("passes.revoke", a -> station.passes.revoke(a, issuePass(admin, "Revoked " + NAMES.incrementAndGet()).pass().id(), "left"));
        ops.put("passes.code", a -> station.passes.code(a, issuePass(admin, "Coded " + NAMES.incrementAndGet()).pass().id()));
        ops.put("passes.email", a -> {
            Instant now = Instant.now();
            Person visitor = new Person(null, null, "Mailed " + NAMES.incrementAndGet(), "mailed@example.org", null, PersonCategory.VISITOR,
                    PersonStatus.ACTIVE, null);
            station.passes.email(a, station.passes.issue(admin, visitor, "", now, now.plusSeconds(3600), List.of()).pass().id());
        });
        return ops;
    }

    private org.gatepass.core.access.Gate newGate(Actor actor) {
        return station.access.saveGate(actor, new org.gatepass.core.access.Gate(null, "Matrix gate " + NAMES.incrementAndGet(), Set.of(), true, "", 0,
                org.gatepass.core.access.AntiPassback.OFF, ""));
    }

    private org.gatepass.core.access.PresenceRule newRule(Actor actor) {
        return station.access.savePresenceRule(actor, new org.gatepass.core.access.PresenceRule(null, "Matrix rule " + NAMES.incrementAndGet(),
                PersonCategory.STUDENT, org.gatepass.core.access.PresenceRule.Kind.STILL_OUT, java.time.LocalTime.of(22, 0),
                EnumSet.of(java.time.DayOfWeek.MONDAY)));
    }

    private org.gatepass.core.access.AccessLevel newLevel(Actor actor) {
        return station.access.saveLevel(actor, new org.gatepass.core.access.AccessLevel(null, "Matrix level " + NAMES.incrementAndGet(),
                Set.of(newGate(admin).id()), org.gatepass.core.access.WeeklySchedule.ALWAYS, false));
    }

    private IssuedPass issuePass(Actor actor, String visitor) {
        Instant now = Instant.now();
        return station.passes.issue(actor, Person.newPerson(visitor, PersonCategory.VISITOR), "Meeting", now, now.plusSeconds(3600), List.of());
    }

    @Test
    void passesAreIssuedCheckedListedRevokedAndAudited() {
        Instant now = Instant.now();
        Person visitor = new Person(null, null, "Vic Visitor", "vic@example.org", null, PersonCategory.VISITOR, PersonStatus.ACTIVE,
                "host@example.org");
        IssuedPass issued = station.passes.issue(admin, visitor, "Maintenance", now.minusSeconds(60), now.plusSeconds(7200), List.of("lobby", "lab-2"));
        assertEquals("Vic Visitor", issued.visitor().name());
        assertEquals(List.of("lobby", "lab-2"), issued.pass().cameras());
        PassCheck check = new PassCheck(java.time.ZoneOffset.UTC);
        byte[] key = org.gatepass.core.pass.PassKeys.existing(station.secrets).orElseThrow();
        assertTrue(check.check(key, issued.code(), id -> station.storage.passes().find(id), "lobby", now).admitted(), "the code opens its camera");
        assertEquals(issued.code(), station.passes.code(admin, issued.pass().id()), "the same code when printed again");
        assertTrue(station.passes.list(admin, now).stream().anyMatch(l -> l.pass().id().equals(issued.pass().id())
                && l.visitorName().equals("Vic Visitor") && l.hostEmail().equals("host@example.org")));

        InvalidPassException bad = assertThrows(InvalidPassException.class, () -> station.passes.issue(admin,
                Person.newPerson("", PersonCategory.VISITOR), "x".repeat(201), now.plusSeconds(60), now, List.of("a,b")));
        assertEquals(List.of("Name is required."), bad.problems(), "the visitor is checked first");
        bad = assertThrows(InvalidPassException.class, () -> station.passes.issue(admin, Person.newPerson("Ok Visitor", PersonCategory.VISITOR),
                "x".repeat(201), now.plusSeconds(60), now, List.of("a,b")));
        assertEquals(List.of("The pass must end after it begins.", "The pass would have ended already.",
                "The purpose is at most 200 characters long.", "Cameras are listed by their IDs, which contain no commas, 1000 characters in all at most."),
                bad.problems());
        Person employee = station.persons.create(admin, Person.newPerson("Emma Employee", PersonCategory.EMPLOYEE));
        bad = assertThrows(InvalidPassException.class, () -> station.passes.issue(admin, employee, "", now, now.plusSeconds(60), List.of()));
        assertTrue(bad.getMessage().contains("is not a visitor"), bad.getMessage());
        assertThrows(InvalidPassException.class, () -> station.passes.issue(admin, Person.newPerson("Long Stay", PersonCategory.VISITOR), "",
                now, now.plus(java.time.Duration.ofDays(32)), List.of()));

        assertEquals(0, station.passes.email(admin, issued.pass().id()), "no notifier sends passes at this station: nothing is queued");
        assertTrue(newest(AuditAction.PASS_EMAIL).after().contains("to=vic@example.org"), "the sending is audited");
        IssuedPass noAddress = issuePass(admin, "Nora No-Mail");
        assertEquals(List.of("Nora No-Mail has no e-mail address to send the pass to."),
                assertThrows(InvalidPassException.class, () -> station.passes.email(admin, noAddress.pass().id())).problems());

        station.passes.revoke(admin, issued.pass().id(), "host cancelled");
        assertEquals(List.of("Pass " + issued.pass().id() + " is revoked: it is not sent."),
                assertThrows(InvalidPassException.class, () -> station.passes.email(admin, issued.pass().id())).problems());
        assertEquals("pass " + issued.pass().id() + " was revoked: host cancelled",
                check.check(key, issued.code(), id -> station.storage.passes().find(id), "lobby", now).refusal());
        assertThrows(InvalidPassException.class, () -> station.passes.revoke(admin, issued.pass().id(), "again"), "revoked once");
        assertThrows(InvalidPassException.class, () -> station.passes.revoke(admin, issued.pass().id(), " "), "a reason is required");
        AuditEntry revoke = newest(AuditAction.PASS_REVOKE);
        assertTrue(revoke.subject().contains("Vic Visitor") && revoke.after().contains("revokeReason=host cancelled"), revoke.toString());
        assertTrue(station.audit.find(admin, new AuditQuery(null, AuditAction.PASS_ISSUE.code(), null, null, 0, 10)).stream()
                .anyMatch(a -> a.subject().contains("Vic Visitor") && a.after().contains("cameras=lobby, lab-2")));
        assertTrue(station.passes.list(admin, now.plusSeconds(7201)).stream().noneMatch(l -> l.pass().id().equals(issued.pass().id())),
                "a pass revoked before the list's time is not listed");
    }

    @Test
    void aVisitorListIssuesOnePassPerVisitorRowRefusesBadWindowsByColumnAndNeverTwice() {
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        java.time.LocalDate tomorrow = java.time.LocalDate.now(zone).plusDays(1);
        long serialDays = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(1899, 12, 30), tomorrow);
        String tag = Integer.toString(NAMES.incrementAndGet());
        ImportTable list = new ImportTable("visitors.xlsx", List.of("Name", "E-mail", "Category", "Valid from", "Valid until", "Purpose", "Gates"), List.of(
                new ImportTable.Row(2, List.of("Vera " + tag, "vera" + tag + "@example.org", "Visitor", tomorrow + " 09:00", tomorrow + " 17:00", "Audit",
                        "main-gate; lab-2")),
                new ImportTable.Row(3, List.of("Ivan " + tag, "", "Visitor", tomorrow + " 09:00", "", "", "")),
                new ImportTable.Row(4, List.of("Eve " + tag, "", "Employee", tomorrow + " 09:00", tomorrow + " 17:00", "", "")),
                new ImportTable.Row(5, List.of("Long " + tag, "", "Visitor", tomorrow.toString(), tomorrow.plusDays(40).toString(), "", "")),
                new ImportTable.Row(6, List.of("Back " + tag, "", "Visitor", tomorrow + " 17:00", tomorrow + " 09:00", "", "")),
                new ImportTable.Row(7, List.of("Sam " + tag, "sam" + tag + "@example.org", "Visitor", Double.toString(serialDays + 10 / 24.0), tomorrow.toString(),
                        "", "")),
                new ImportTable.Row(8, List.of("Nora " + tag, "nora" + tag + "@example.org", "Visitor", "", "", "", "")),
                new ImportTable.Row(9, List.of("Odd " + tag, "", "Visitor", "next tuesday", tomorrow.toString(), "", ""))));
        ImportPreview preview = station.imports.preview(admin, list, ColumnMapping.guess(list.headers()));
        assertEquals(List.of("Row 3, Valid until: a pass needs both its start and its end",
                "Row 4, Category: passes are for visitors, not Employee",
                "Row 5, Valid until: A pass is valid for at most 31 days.",
                "Row 6, Valid until: The pass must end after it begins.",
                "Row 9, Valid from: 'next tuesday' is not a date and time like 2026-12-04 09:30"),
                preview.problems().stream().map(Object::toString).toList());
        RowOutcome vera = preview.rows().get(0);
        assertEquals(tomorrow.atTime(9, 0).atZone(zone).toInstant(), vera.pass().validFrom());
        assertEquals(List.of("main-gate", "lab-2"), vera.pass().cameras());
        RowOutcome sam = preview.rows().get(5);
        assertEquals(tomorrow.atTime(10, 0).atZone(zone).toInstant(), sam.pass().validFrom(), "an Excel date number");
        assertEquals(tomorrow.plusDays(1).atStartOfDay(zone).toInstant(), sam.pass().validUntil(), "a day alone ends at its end");
        assertEquals(null, preview.rows().get(6).pass(), "a visitor row without a window issues no pass");

        ImportResult result = station.imports.apply(admin, preview);
        assertEquals(List.of(3, 0, 5, 2), List.of(result.created(), result.updated(), result.rejected(), result.passesIssued().size()));
        Person stored = station.persons.search(admin, "Vera " + tag, 2).get(0);
        List<org.gatepass.core.pass.VisitorPass> held = station.storage.passes().ofPerson(stored.id());
        assertEquals(1, held.size());
        assertEquals("Audit", held.get(0).purpose());
        assertTrue(station.audit.find(admin, new AuditQuery(null, AuditAction.PASS_ISSUE.code(), null, null, 0, 10)).stream()
                .anyMatch(a -> a.subject().contains("Vera " + tag) && a.after().contains("(import of visitors.xlsx, row 2)")));

        ImportPreview again = station.imports.preview(admin, list, ColumnMapping.guess(list.headers()));
        assertEquals(3, again.count(RowOutcome.Action.UNCHANGED), "the same list again: the visitors hold their passes already");
        assertTrue(station.imports.apply(admin, again).passesIssued().isEmpty(), "no second pass for the same window");
        assertEquals(1, station.storage.passes().ofPerson(stored.id()).size());
    }

    @Test
    void aSheetAndACsvFileImportAndAReImportUpdatesInsteadOfDuplicating(@TempDir Path folder) throws Exception {
        Path xlsx = TestWorkbooks.xlsx(folder.resolve("staff.xlsx"), List.of(
                List.of("Staff ID", "Full name", "E-mail", "Mobile", "Type", "Host e-mail"),
                List.of("T-1", "Tessa Teacher", "tessa@school.example", "+44 20 7946 0000", "Employee", ""),
                List.of(1042, "Noor Student", "noor@school.example", "", "student", "parent@home.example"),
                List.of(),
                List.of("", "Vik Visitor", "vik@visit.example", "", "VISITOR", "tessa@school.example")), false);
        ImportTable table = station.sheets.read(xlsx);
        assertEquals(List.of("Staff ID", "Full name", "E-mail", "Mobile", "Type", "Host e-mail"), table.headers());
        ColumnMapping mapping = ColumnMapping.guess(table.headers());
        assertEquals(Optional.of(0), mapping.column(PersonField.EXTERNAL_ID));
        assertEquals(Optional.of(4), mapping.column(PersonField.CATEGORY));
        int before = station.persons.search(admin, "", 10_000).size();

        ImportPreview preview = station.imports.preview(admin, table, mapping);
        assertEquals(List.of(), preview.problems());
        assertEquals(3, preview.count(RowOutcome.Action.CREATE));
        assertEquals(1, preview.emptyRows(), "the empty row 4 is skipped");
        assertEquals(before, station.persons.search(admin, "", 10_000).size(), "a preview writes nothing");
        assertEquals(new ImportResult(3, 0, 0, 0, List.of()), station.imports.apply(admin, preview));
        Person noor = station.storage.persons().findByExternalId("1042").orElseThrow();
        assertEquals(PersonCategory.STUDENT, noor.category());
        assertEquals("parent@home.example", noor.guardianEmail());

        Path csv = folder.resolve("staff.csv");
        Files.writeString(csv, "\uFEFFStaff ID;Full name;E-mail;Type\r\nT-1;Tessa Teacher-Smith;tessa@school.example;Employee\r\n"
                + ";\"Vik \"\"the\"\" Visitor\";VIK@visit.example;Visitor\r\n1042;Noor Student;noor@school.example;Student\r\n");
        ImportTable again = station.sheets.read(csv);
        ImportPreview second = station.imports.preview(admin, again, ColumnMapping.guess(again.headers()));
        assertEquals(List.of(RowOutcome.Action.UPDATE, RowOutcome.Action.UPDATE, RowOutcome.Action.UNCHANGED),
                second.rows().stream().map(RowOutcome::action).toList(), "matched by ID, the visitor by e-mail in any case");
        assertEquals(new ImportResult(0, 2, 1, 0, List.of()), station.imports.apply(admin, second));
        assertEquals(before + 3, station.persons.search(admin, "", 10_000).size(), "no duplicates");
        assertEquals("Tessa Teacher-Smith", station.storage.persons().findByExternalId("T-1").orElseThrow().name());
        Person vik = station.storage.persons().findByEmails(List.of("VIK@visit.example")).get("vik@visit.example");
        assertEquals("Vik \"the\" Visitor", vik.name());
        assertEquals("tessa@school.example", vik.guardianEmail(), "a column the file lacks keeps the stored value");
        assertTrue(newest(AuditAction.PERSON_UPDATE).after().contains("import of staff.csv, row 3"));
    }

    @Test
    void everyBrokenRowIsReportedByRowAndColumnAndOnlyGoodRowsAreImported(@TempDir Path folder) throws Exception {
        Path xlsx = TestWorkbooks.xlsx(folder.resolve("broken.xlsx"), List.of(
                List.of("ID", "Name", "Email", "Category", "Status", "Mobile"),
                List.of("B-1", "Good Person", "good@example.org", "Contractor", "", ""),
                List.of("B-2", "", "not-an-address", "Pilot", "Gone", "call me"),
                List.of("B-1", "Same ID", "", "Employee", "", ""),
                List.of("B-3", "=HYPERLINK(\"http://evil.example\",\"Click\")", "", "Employee", "", ""),
                List.of("B-4", "Blocked Person", "", "Employee", "Blocked", "")), false);
        ImportPreview preview = station.imports.preview(admin, station.sheets.read(xlsx), ColumnMapping.guess(List.of("ID", "Name", "Email",
                "Category", "Status", "Mobile")));
        assertEquals(List.of(RowOutcome.Action.CREATE, RowOutcome.Action.REJECTED, RowOutcome.Action.REJECTED, RowOutcome.Action.REJECTED,
                RowOutcome.Action.CREATE), preview.rows().stream().map(RowOutcome::action).toList());
        assertEquals(List.of("Row 3, Category: 'Pilot' is not one of [Employee, Student, Visitor, Contractor]",
                "Row 3, Status: 'Gone' is not one of [Active, Blocked, Inactive]", "Row 3, Name: Name is required.",
                "Row 3, Email: E-mail 'not-an-address' is not a valid address.", "Row 3, Mobile: Mobile 'call me' is not a phone number.",
                "Row 4, ID: 'B-1' is already in row 2",
                "Row 5, Name: '=HYPERLINK(\"http://evil.example\",\"Click\")' is a formula or starts like one: type the value itself"),
                preview.problems().stream().map(Object::toString).toList());
        assertEquals(new ImportResult(2, 0, 0, 3, List.of()), station.imports.apply(admin, preview));
        assertEquals(PersonStatus.BLOCKED, station.storage.persons().findByExternalId("B-4").orElseThrow().status());
        assertTrue(station.storage.persons().findByExternalId("B-3").isEmpty());

        IllegalArgumentException noName = assertThrows(IllegalArgumentException.class, () -> station.imports.preview(admin,
                new ImportTable("x.csv", List.of("ID", "Email"), List.of()), ColumnMapping.guess(List.of("ID", "Email"))));
        assertEquals("No column holds Name (required). No column holds Category (required).", noName.getMessage());
        Path notExcel = Files.writeString(folder.resolve("fake.xlsx"), "this is not a zip");
        IOException unreadable = assertThrows(IOException.class, () -> station.sheets.read(notExcel));
        assertTrue(unreadable.getMessage().startsWith("fake.xlsx is not a readable Excel workbook"), unreadable.getMessage());
        assertThrows(IOException.class, () -> station.sheets.read(Files.writeString(folder.resolve("a.pdf"), "%PDF")));
        assertThrows(IOException.class, () -> station.sheets.read(Files.writeString(folder.resolve("open.csv"), "Name,Category\n\"open,Visitor\n")));
    }

    /**
     * Issue 11's judged import: a 500-row school list with 20 broken rows of five kinds. The 480 good rows become
     * exactly those persons; the 20 others are listed by row and column with a reason, and nothing of them is stored.
     */
    @Test
    void aFiveHundredRowListGivesItsPersonsAndAReadableListOfTheRowsItRefused(@TempDir Path folder) throws Exception {
        List<List<Object>> rows = new java.util.ArrayList<>();
        rows.add(List.of("Admission No.", "Name", "E-mail", "Category", "Mobile", "Guardian e-mail"));
        Map<String, List<String>> good = new java.util.LinkedHashMap<>();
        List<String> expectedProblems = new java.util.ArrayList<>();
        PersonCategory[] categories = { PersonCategory.STUDENT, PersonCategory.STUDENT, PersonCategory.EMPLOYEE, PersonCategory.CONTRACTOR };
        for (int i = 1; i <= 500; i++) {
            int row = i + 1;
            String id = "S5-" + i;
            String name = "Pupil " + i;
            String email = "pupil" + i + "@school.example";
            String category = categories[i % categories.length].label();
            if (i % 25 == 0) {
                switch (i / 25 % 5) {
                    case 0 -> {
                        name = "";
                        expectedProblems.add("Row " + row + ", Name: Name is required.");
                    }
                    case 1 -> {
                        category = "Teacher";
                        expectedProblems.add("Row " + row + ", Category: 'Teacher' is not one of [Employee, Student, Visitor, Contractor]");
                    }
                    case 2 -> {
                        email = "pupil" + i + "-at-school";
                        expectedProblems.add("Row " + row + ", E-mail: E-mail '" + email + "' is not a valid address.");
                    }
                    case 3 -> {
                        id = "S5-" + (i - 1);
                        expectedProblems.add("Row " + row + ", Admission No.: '" + id + "' is already in row " + i);
                    }
                    default -> {
                        name = "=1+" + i;
                        expectedProblems.add("Row " + row + ", Name: '" + name + "' is a formula or starts like one: type the value itself");
                    }
                }
                rows.add(List.of(id, name, email, category, "", "guardian" + i + "@home.example"));
                continue;
            }
            rows.add(List.of(id, name, email, category, "+44 20 7946 " + (1000 + i), "guardian" + i + "@home.example"));
            good.put(id, List.of(name, email, category));
        }
        Path list = TestWorkbooks.xlsx(folder.resolve("pupils.xlsx"), rows, false);
        ImportTable table = station.sheets.read(list);
        assertEquals(500, table.rows().size());

        ImportPreview preview = station.imports.preview(admin, table, ColumnMapping.guess(table.headers()));
        assertEquals(expectedProblems, preview.problems().stream().map(Object::toString).toList(), "every refused row, in order, with its reason");
        assertEquals(480, preview.count(RowOutcome.Action.CREATE));
        assertEquals(new ImportResult(480, 0, 0, 20, List.of()), station.imports.apply(admin, preview));

        for (Map.Entry<String, List<String>> expected : good.entrySet()) {
            Person stored = station.storage.persons().findByExternalId(expected.getKey()).orElseThrow(() -> new AssertionError(expected.getKey()));
            assertEquals(expected.getValue(), List.of(stored.name(), stored.email(), stored.category().label()), expected.getKey());
        }
        assertEquals(480, station.persons.search(admin, "Pupil ", 10_000).size(), "the refused rows stored nothing");
        assertTrue(station.storage.persons().findByExternalId("S5-125").isEmpty(), "a row without a name is not stored");
        assertEquals("Pupil 74", station.storage.persons().findByExternalId("S5-74").orElseThrow().name(), "the row repeating its ID changed nothing");
        ImportPreview again = station.imports.preview(admin, table, ColumnMapping.guess(table.headers()));
        assertEquals(480, again.count(RowOutcome.Action.UNCHANGED), "the same list again changes nothing");
    }

    @Test
    void aTenMegabyteSheetIsReadAndPreviewed(@TempDir Path folder) throws Exception {
        List<List<Object>> rows = new java.util.ArrayList<>();
        rows.add(List.of("ID", "Name", "E-mail", "Category", "Mobile", "Guardian e-mail"));
        for (int i = 0; rows.size() < 25_000; i++) {
            rows.add(List.of("L-" + i, "Large Sheet Person " + i, "large" + i + "@school.example", "Student", "+44 20 7946 " + (1000 + i % 9000),
                    "guardian" + i + "@home.example"));
        }
        Path big = TestWorkbooks.xlsx(folder.resolve("large.xlsx"), rows, true);
        assertTrue(Files.size(big) >= 10_000_000, "the sheet has " + Files.size(big) + " bytes");
        long start = System.nanoTime();
        ImportTable table = station.sheets.read(big);
        long read = System.nanoTime();
        ImportPreview preview = station.imports.preview(admin, table, ColumnMapping.guess(table.headers()));
        long previewed = System.nanoTime();
        assertEquals(24_999, preview.count(RowOutcome.Action.CREATE), preview.problems().stream().limit(3).toList().toString());
        System.out.printf("Import of a %.1f MB sheet, %d rows: read %d ms, preview %d ms%n", Files.size(big) / 1e6, table.rows().size(),
                (read - start) / 1_000_000, (previewed - read) / 1_000_000);
    }

    @Test
    void anActorNotIssuedByALogInIsRefusedEvenWithTheAdministratorsName() {
        Actor forged = new Actor(admin.operatorId(), admin.username(), Role.ADMIN, STATION, "0123456789abcdef");
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> station.persons.create(forged, Person.newPerson("Mallory", PersonCategory.VISITOR)));
        assertTrue(e.getMessage().contains("not signed in"), e.getMessage());
        assertThrows(AccessDeniedException.class, () -> station.settings.update(forged, SETTINGS_PID, Map.of("x", 1)));
    }

    @Test
    void aSystemPrincipalReadsButChangesNothingAnOperatorManages() {
        Actor gate = Actor.system("gate", STATION);
        assertDoesNotThrow(() -> station.persons.search(gate, "", 5));
        assertThrows(AccessDeniedException.class, () -> station.persons.create(gate, Person.newPerson("Eve", PersonCategory.VISITOR)));
        assertThrows(AccessDeniedException.class, () -> station.settings.update(gate, SETTINGS_PID, Map.of("x", 1)));
        assertThrows(AccessDeniedException.class, () -> station.operators.list(gate));
    }

    @Test
    void adminChangesAreAuditedWithBeforeAndAfterAndTheChainHolds() {
        Person created = station.persons.create(admin, Person.newPerson("Ada Lovelace", PersonCategory.EMPLOYEE));
        Person changed = station.persons.update(admin, new Person(created.id(), "E-1815", created.name(), "ada@example.org", null,
                PersonCategory.EMPLOYEE, created.status(), null));
        station.persons.deactivate(admin, changed.id());

        AuditEntry update = newest(AuditAction.PERSON_UPDATE);
        assertEquals("chief", update.operator());
        assertEquals("Admin", update.role());
        assertEquals(STATION, update.station());
        assertTrue(update.subject().contains("Ada Lovelace"), update.subject());
        assertFalse(update.before().contains("ada@example.org"), update.before());
        assertTrue(update.after().contains("email=ada@example.org") && update.after().contains("externalId=E-1815"), update.after());
        AuditEntry deactivate = newest(AuditAction.PERSON_DEACTIVATE);
        assertTrue(deactivate.before().contains("status=ACTIVE") && deactivate.after().contains("status=INACTIVE"));
        assertTrue(station.audit.verify(admin).isIntact(), station.audit.verify(admin).problem());
    }

    @Test
    void settingsChangesAreAuditedAndSecretsNeverReachTheTrail() throws Exception {
        station.settings.update(admin, "org.gatepass.test.mail", Map.of("smtp.host", "old.example.org", "smtp.port", 25));
        station.settings.update(admin, "org.gatepass.test.mail", Map.of("smtp.host", "mail.example.org", "smtp.port", 587));
        AuditEntry change = newest(AuditAction.SETTINGS_CHANGE);
        assertEquals("settings org.gatepass.test.mail", change.subject());
        assertEquals("smtp.host=old.example.org\nsmtp.port=25", change.before());
        assertEquals("smtp.host=mail.example.org\nsmtp.port=587", change.after());
        assertEquals(Map.of("smtp.host", "mail.example.org", "smtp.port", 587), station.settings.read(admin, "org.gatepass.test.mail"));

        IllegalArgumentException inPlainSettings = assertThrows(IllegalArgumentException.class,
                () -> station.settings.update(admin, "org.gatepass.test.mail", Map.of("smtp.password", "hunter2-hunter2")));
        assertTrue(inPlainSettings.getMessage().contains("smtp.password"));

        station.settings.storeSecret(admin, "test.smtp.password", "hunter2-hunter2".toCharArray());
        assertTrue(station.settings.hasSecret(admin, "test.smtp.password"));
        assertEquals("secret test.smtp.password", newest(AuditAction.SECRET_CHANGE).subject());
        StringWriter csv = new StringWriter();
        station.audit.exportCsv(admin, new AuditQuery(null, null, null, null, 0, 1), csv);
        assertFalse(csv.toString().contains("hunter2"), "no secret in any audit row");
        assertTrue(csv.toString().contains("secret.change"));
        station.settings.storeSecret(admin, "test.smtp.password", new char[0]);
        assertFalse(station.settings.hasSecret(admin, "test.smtp.password"));
    }

    @Test
    void factoryConfigurationsAreCreatedListedAndDeletedWithAnAuditRowEach() {
        String factory = "org.gatepass.test.camera" + NAMES.incrementAndGet();
        String first = station.settings.create(admin, factory, Map.of("camera.id", "door-1", "fps", 5.0));
        AuditEntry created = newest(AuditAction.SETTINGS_CHANGE);
        assertEquals("settings " + first, created.subject());
        assertEquals("", created.before());
        assertEquals("camera.id=door-1\nfps=5.0", created.after());
        String second = station.settings.create(admin, factory, Map.of("camera.id", "door-2"));
        assertEquals(List.of(first, second).stream().sorted().toList(), station.settings.factoryConfigurations(admin, factory));
        assertEquals(Map.of("camera.id", "door-1", "fps", 5.0), station.settings.read(admin, first));

        IllegalArgumentException secret = assertThrows(IllegalArgumentException.class,
                () -> station.settings.create(admin, factory, Map.of("camera.id", "door-3", "password", "hunter2-hunter2")));
        assertTrue(secret.getMessage().contains("password"), secret.getMessage());
        assertEquals(2, station.settings.factoryConfigurations(admin, factory).size(), "a refused configuration is not created");

        station.settings.delete(admin, first);
        AuditEntry deleted = newest(AuditAction.SETTINGS_CHANGE);
        assertEquals("settings " + first, deleted.subject());
        assertEquals("camera.id=door-1\nfps=5.0", deleted.before());
        assertEquals("", deleted.after());
        assertEquals(List.of(second), station.settings.factoryConfigurations(admin, factory));
        int rows = count(AuditAction.SETTINGS_CHANGE);
        station.settings.delete(admin, first);
        assertEquals(rows, count(AuditAction.SETTINGS_CHANGE), "deleting what is gone changes and records nothing");
        assertThrows(AccessDeniedException.class, () -> station.settings.delete(Actor.system("gate", STATION), second));
        assertEquals(List.of(second), station.settings.factoryConfigurations(admin, factory));
        assertTrue(station.audit.verify(admin).isIntact(), station.audit.verify(admin).problem());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFiveMinutesAndEveryAttemptIsRecorded() {
        String name = "guard" + NAMES.incrementAndGet();
        station.operators.add(admin, name, "Night Guard", Role.SECURITY, PASSWORD.toCharArray());
        int failuresBefore = count(AuditAction.LOGIN_FAILURE);
        for (int attempt = 1; attempt <= 4; attempt++) {
            LoginRefusedException e = assertThrows(LoginRefusedException.class,
                    () -> station.operators.login(name, "wrong password!".toCharArray(), STATION));
            assertEquals(LoginRefusedException.Reason.WRONG_CREDENTIALS, e.reason());
        }
        LoginRefusedException fifth = assertThrows(LoginRefusedException.class,
                () -> station.operators.login(name, "wrong password!".toCharArray(), STATION));
        assertEquals(LoginRefusedException.Reason.LOCKED, fifth.reason());
        assertEquals(station.clock.instant().plus(Duration.ofMinutes(5)), fifth.lockedUntil());
        LoginRefusedException evenRight = assertThrows(LoginRefusedException.class,
                () -> station.operators.login(name, PASSWORD.toCharArray(), STATION));
        assertEquals(LoginRefusedException.Reason.LOCKED, evenRight.reason(), "the right password does not open a locked account");
        assertEquals(failuresBefore + 6, count(AuditAction.LOGIN_FAILURE));
        assertTrue(newest(AuditAction.LOGIN_LOCKOUT).subject().contains(name));

        station.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        Actor guard = station.operators.login(name, PASSWORD.toCharArray(), STATION);
        assertEquals(0, station.operators.current(guard).failedLogins());
    }

    @Test
    void anUnknownNameAndAWrongPasswordGetTheSameAnswer() {
        LoginRefusedException unknown = assertThrows(LoginRefusedException.class,
                () -> station.operators.login("nobody-here", PASSWORD.toCharArray(), STATION));
        LoginRefusedException wrong = assertThrows(LoginRefusedException.class,
                () -> station.operators.login("chief", "not the password".toCharArray(), STATION));
        assertEquals(unknown.getMessage(), wrong.getMessage());
        assertEquals(unknown.reason(), wrong.reason());
    }

    @Test
    void aHashMadeWithOlderParametersIsUpgradedAtTheNextLogIn() {
        String name = "upgrade" + NAMES.incrementAndGet();
        Operator operator = station.operators.add(admin, name, "Upgraded", Role.RECEPTION, PASSWORD.toCharArray());
        String before = station.storage.operators().passwordHash(operator.id()).orElseThrow();
        assertTrue(before.contains("m=8192,t=1,p=1"), before);
        station.operators.modified(new OperatorsSettings(16384, 2));
        try {
            station.operators.login(name, PASSWORD.toCharArray(), STATION);
            String after = station.storage.operators().passwordHash(operator.id()).orElseThrow();
            assertTrue(after.startsWith("$argon2id$v=19$m=16384,t=2,p=1$"), after);
            assertNotEquals(before, after);
            station.operators.login(name, PASSWORD.toCharArray(), STATION);
        } finally {
            station.operators.modified(OperatorsSettings.cheap());
        }
    }

    @Test
    void aNewAccountMustChooseItsOwnPasswordBeforeDoingAnything() {
        String name = "newbie" + NAMES.incrementAndGet();
        station.operators.add(admin, name, "New Receptionist", Role.RECEPTION, PASSWORD.toCharArray());
        Actor first = station.operators.login(name, PASSWORD.toCharArray(), STATION);
        assertTrue(station.operators.current(first).mustChangePassword());
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> station.persons.search(first, "", 5));
        assertTrue(e.getMessage().contains("new password"), e.getMessage());
        InvalidOperatorException weak = assertThrows(InvalidOperatorException.class,
                () -> station.operators.changeOwnPassword(first, PASSWORD.toCharArray(), "short".toCharArray()));
        assertTrue(weak.getMessage().contains("at least 10"));
        station.operators.changeOwnPassword(first, PASSWORD.toCharArray(), "my very own password".toCharArray());
        assertDoesNotThrow(() -> station.persons.search(first, "", 5));
        assertTrue(newest(AuditAction.OPERATOR_PASSWORD_CHANGE).subject().contains(name));
    }

    @Test
    void aRoleChangeOrDisablingTakesEffectOnOpenSessions() {
        Actor guard = signedIn(Role.SECURITY);
        Operator stored = station.operators.current(guard);
        assertDoesNotThrow(() -> station.eventLog.latestId(guard));
        try {
            station.operators.changeRole(admin, stored.id(), Role.RECEPTION);
            assertThrows(AccessDeniedException.class, () -> station.eventLog.latestId(guard));
            assertDoesNotThrow(() -> station.persons.search(guard, "", 1));
            AuditEntry change = newest(AuditAction.OPERATOR_CHANGE);
            assertTrue(change.before().contains("role=Security") && change.after().contains("role=Reception"));

            station.operators.setEnabled(admin, stored.id(), false);
            AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> station.persons.search(guard, "", 1));
            assertTrue(e.getMessage().contains("disabled") || e.getMessage().contains("not signed in"), e.getMessage());
            LoginRefusedException refused = assertThrows(LoginRefusedException.class,
                    () -> station.operators.login(stored.username(), PASSWORD.toCharArray(), STATION));
            assertEquals(LoginRefusedException.Reason.DISABLED, refused.reason());
        } finally {
            station.operators.setEnabled(admin, stored.id(), true);
            station.operators.changeRole(admin, stored.id(), Role.SECURITY);
        }
    }

    @Test
    void theLastAdministratorCannotBeDemotedOrDisabled() {
        InvalidOperatorException demote = assertThrows(InvalidOperatorException.class,
                () -> station.operators.changeRole(admin, admin.operatorId(), Role.SECURITY));
        assertTrue(demote.getMessage().contains("last enabled administrator"), demote.getMessage());
        assertThrows(InvalidOperatorException.class, () -> station.operators.setEnabled(admin, admin.operatorId(), false));
    }

    @Test
    void loggingOutEndsTheSession() {
        Actor second = station.operators.login("chief", PASSWORD.toCharArray(), STATION);
        station.operators.logout(second);
        assertThrows(AccessDeniedException.class, () -> station.persons.search(second, "", 1));
        assertDoesNotThrow(() -> station.persons.search(admin, "", 1), "another session of the same operator goes on");
        assertEquals("logout", newest(AuditAction.LOGOUT).action());
    }

    @Test
    void aFreshInstallationCanDoNothingBeforeItsFirstAdministratorExists() {
        ServiceStation empty = new ServiceStation(fresh());
        assertTrue(empty.operators.needsFirstAdministrator());
        assertThrows(LoginRefusedException.class, () -> empty.operators.login("admin", "admin".toCharArray(), STATION),
                "no default account exists");
        InvalidOperatorException weak = assertThrows(InvalidOperatorException.class,
                () -> empty.operators.createFirstAdministrator("root", "Root", "admin".toCharArray(), STATION));
        assertTrue(weak.getMessage().contains("at least 10"), weak.getMessage());
        Actor first = empty.operators.createFirstAdministrator("Owner", "Site Owner", PASSWORD.toCharArray(), STATION);
        assertEquals("owner", first.username());
        assertFalse(empty.operators.needsFirstAdministrator());
        assertThrows(IllegalStateException.class,
                () -> empty.operators.createFirstAdministrator("second", "Second", PASSWORD.toCharArray(), STATION));
        assertDoesNotThrow(() -> empty.operators.list(first));
        assertEquals(List.of("login.success", "operator.create", "login.failure"),
                empty.audit.find(first, AuditQuery.newest(10)).stream().map(AuditEntry::action).toList(),
                "the attempt with a guessed default account is on record too");
    }

    @Test
    void thePresenceBoardListsWhoIsInsideWithCountsByCategoryAndGate() {
        ServiceStation site = new ServiceStation(fresh());
        Actor chief = site.operators.createFirstAdministrator("chief", "Chief Administrator", PASSWORD.toCharArray(), STATION);
        java.util.Random random = new java.util.Random(20261204);
        PersonCategory[] categories = PersonCategory.values();
        String[] gates = { "main-gate", "side-gate", "hostel-door" };
        Map<Long, String> lastGate = new java.util.HashMap<>();
        Map<Long, Direction> lastDirection = new java.util.HashMap<>();
        Map<Long, PersonCategory> categoryOf = new java.util.HashMap<>();
        Instant at = Instant.parse("2026-12-01T07:00:00Z");
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Person person = site.persons.create(chief, Person.newPerson("Board Person " + i, categories[i % categories.length]));
            people.add(person);
            categoryOf.put(person.id(), person.category());
        }
        for (int move = 0; move < 300; move++) {
            Person person = people.get(random.nextInt(people.size()));
            String gate = gates[random.nextInt(gates.length)];
            Instant when = at.plusSeconds(60L * move);
            site.storage.events().recordMovement(person.id(), gate, state -> {
                Direction next = state.direction() == Direction.IN ? Direction.OUT : Direction.IN;
                return Optional.of(GateEvent.admitted(person.id(), gate, next, when));
            });
            Direction expected = lastDirection.get(person.id()) == Direction.IN ? Direction.OUT : Direction.IN;
            lastDirection.put(person.id(), expected);
            lastGate.put(person.id(), gate);
        }
        Set<Long> inside = new java.util.TreeSet<>();
        lastDirection.forEach((id, direction) -> {
            if (direction == Direction.IN) {
                inside.add(id);
            }
        });
        Map<PersonCategory, Long> byCategory = new java.util.TreeMap<>();
        Map<String, Long> byGate = new java.util.TreeMap<>();
        inside.forEach(id -> {
            byCategory.merge(categoryOf.get(id), 1L, Long::sum);
            byGate.merge(lastGate.get(id), 1L, Long::sum);
        });

        PresenceBoard board = site.presence.inside(chief, PresenceService.SITE);

        assertEquals(inside, new java.util.TreeSet<>(board.inside().stream().map(PresenceEntry::personId).toList()));
        assertEquals(byCategory, board.byCategory());
        assertEquals(byGate, board.byGate());
        assertEquals(board.inside().stream().map(PresenceEntry::name).sorted().toList(), board.inside().stream().map(PresenceEntry::name).toList(),
                "listed by name");
        board.inside().forEach(entry -> assertEquals(lastGate.get(entry.personId()), entry.gate(), entry.toString()));
    }

    @Test
    void markingOutNeedsAReasonAPersonInsideAndIsAuditedWithTheReason() {
        Person person = station.persons.create(admin, Person.newPerson("Marked Person " + NAMES.incrementAndGet(), PersonCategory.STUDENT));
        Actor security = signedIn(Role.SECURITY);
        IllegalArgumentException notInside = assertThrows(IllegalArgumentException.class,
                () -> station.presence.markOut(security, person.id(), "left by the fire exit"));
        assertEquals(person.name() + " is not inside: nothing to mark out.", notInside.getMessage());
        station.storage.events().recordMovement(person.id(), "main-gate", state -> Optional.of(GateEvent.admitted(person.id(), "main-gate", Direction.IN, Instant.now())));
        assertThrows(IllegalArgumentException.class, () -> station.presence.markOut(security, person.id(), "  "));
        int audited = count(AuditAction.PRESENCE_MARK_OUT);

        GateEvent out = station.presence.markOut(security, person.id(), "left by the fire exit");

        assertEquals(Direction.OUT, out.direction());
        assertEquals(PresenceService.MARKED_BY_HAND, out.cameraId());
        assertFalse(station.presence.inside(security, PresenceService.SITE).inside().stream().anyMatch(e -> e.personId() == person.id()));
        assertEquals(audited + 1, count(AuditAction.PRESENCE_MARK_OUT));
        AuditEntry entry = newest(AuditAction.PRESENCE_MARK_OUT);
        assertEquals(security.username(), entry.operator());
        assertTrue(entry.after().contains("left by the fire exit"), entry.after());
        assertThrows(IllegalArgumentException.class, () -> station.presence.markOut(security, person.id(), "again"), "already out");
    }

    @Test
    void anOperatorAndTheGateMovingOnePersonAtOnceNeverCross() throws Exception {
        Actor security = signedIn(Role.SECURITY);
        for (int round = 0; round < 10; round++) {
            Person person = station.persons.create(admin, Person.newPerson("Raced Person " + NAMES.incrementAndGet(), PersonCategory.EMPLOYEE));
            station.storage.events().recordMovement(person.id(), "main-gate", state -> Optional.of(GateEvent.admitted(person.id(), "main-gate", Direction.IN, Instant.now())));
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            Thread gate = Thread.ofPlatform().start(() -> {
                awaitQuietly(start);
                // the gate at an exit: moves the person out only if they are in
                station.storage.events().recordMovement(person.id(), "exit-gate", state -> state.direction() == Direction.IN
                        ? Optional.of(GateEvent.admitted(person.id(), "exit-gate", Direction.OUT, Instant.now())) : Optional.empty());
            });
            start.countDown();
            try {
                station.presence.markOut(security, person.id(), "left with the group");
            } catch (IllegalArgumentException e) {
                assertEquals(person.name() + " is not inside: nothing to mark out.", e.getMessage());
            }
            gate.join();
            List<Direction> moves = station.storage.events().log(EventLogQuery.newestFirst(person.name(), 10)).stream()
                    .map(entry -> entry.direction()).toList();
            assertEquals(List.of(Direction.OUT, Direction.IN), moves, "one Out, by the gate or by hand, never two");
        }
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theDeskListsAlertsWithTheirStateAndGroupsThemByWhomTheyAreAbout() {
        ServiceStation site = new ServiceStation(fresh());
        Actor chief = site.operators.createFirstAdministrator("chief", "Chief Administrator", PASSWORD.toCharArray(), STATION);
        Person blocked = site.persons.create(chief, Person.newPerson("Blocked Person", PersonCategory.STUDENT));
        Instant start = Instant.parse("2026-12-04T08:00:00Z");
        List<Long> strangers = new ArrayList<>();
        for (int i = 0; i < 5; i++) { // a stranger lingering at the door: five sightings a minute apart
            strangers.add(site.storage.events().record(new GateEvent(null, null, "door", null, Decision.UNKNOWN_FACE, 0.3, start.plusSeconds(60L * i)),
                    new byte[] { (byte) 0xFF, (byte) 0xD8, 1 }).id());
        }
        long later = site.storage.events().record(new GateEvent(null, null, "door", null, Decision.UNKNOWN_FACE, 0.3, start.plusSeconds(900))).id();
        long person = site.storage.events().record(new GateEvent(null, blocked.id(), "gate", null, Decision.BLOCKED_PERSON, 0.8, start.plusSeconds(30))).id();

        List<AlertGroup> groups = AlertGroups.of(site.desk.alerts(chief, start, false, 100));

        assertEquals(List.of("camera:door", "camera:door", "person:" + blocked.id()), groups.stream().map(AlertGroup::subject).toList(),
                "the later unknown face is another group: more than two minutes after the lingering one");
        assertEquals(List.of(later), groups.get(0).alerts().stream().map(AlertEntry::eventId).toList());
        assertEquals(strangers.reversed(), groups.get(1).alerts().stream().map(AlertEntry::eventId).toList());
        assertTrue(groups.get(1).newest().hasSnapshot());
        assertEquals("Blocked Person", groups.get(2).label());
        assertEquals(AlertState.OPEN, groups.get(1).state());

        assertEquals(5, site.desk.acknowledge(chief, strangers, "watching him on camera 2"));
        assertEquals(0, site.desk.acknowledge(chief, strangers, "again"), "an acknowledgement stands");
        assertEquals(AlertState.ACKNOWLEDGED, AlertGroups.of(site.desk.alerts(chief, start, false, 100)).get(1).state());
        assertThrows(IllegalArgumentException.class, () -> site.desk.resolve(chief, List.of(person), " "));
        assertEquals(1, site.desk.resolve(chief, List.of(person), "her pass was renewed"));
        assertEquals(5, site.desk.resolve(chief, strangers, "a parent, waited outside"));

        List<AlertEntry> open = site.desk.alerts(chief, start, false, 100);
        assertEquals(List.of(later), open.stream().map(AlertEntry::eventId).toList(), "resolved alerts leave the desk");
        AlertEntry resolved = site.desk.alerts(chief, start, true, 100).stream().filter(a -> a.eventId() == person).findFirst().orElseThrow();
        assertEquals(AlertState.RESOLVED, resolved.state());
        assertEquals("chief", resolved.handledBy());
        assertEquals("her pass was renewed", resolved.comment());
        assertEquals(6, site.audit.count(chief, new AuditQuery(null, AuditAction.ALERT_RESOLVE.code(), null, null, 0, 1)));
    }

    private Actor signedIn(Role role) {
        String name = role.name().toLowerCase(java.util.Locale.ROOT) + NAMES.incrementAndGet();
        station.operators.add(admin, name, "Operator " + name, role, "initial password 1".toCharArray());
        Actor first = station.operators.login(name, "initial password 1".toCharArray(), STATION);
        station.operators.changeOwnPassword(first, "initial password 1".toCharArray(), PASSWORD.toCharArray());
        return first;
    }

    private AuditEntry newest(AuditAction action) {
        return station.audit.find(admin, new AuditQuery(null, action.code(), null, null, 0, 1)).get(0);
    }

    private int count(AuditAction action) {
        return station.audit.count(admin, new AuditQuery(null, action.code(), null, null, 0, 1));
    }
}
