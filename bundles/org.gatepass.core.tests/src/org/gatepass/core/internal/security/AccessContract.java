package org.gatepass.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.gatepass.core.access.AccessLevel;
import org.gatepass.core.access.AccessSetup;
import org.gatepass.core.access.AntiPassback;
import org.gatepass.core.access.Gate;
import org.gatepass.core.access.Holiday;
import org.gatepass.core.access.InvalidAccessException;
import org.gatepass.core.access.PresenceRule.Kind;
import org.gatepass.core.access.PresenceRule;
import org.gatepass.core.access.TimeWindow;
import org.gatepass.core.access.WeeklySchedule;
import org.gatepass.core.audit.AuditEntry;
import org.gatepass.core.audit.AuditQuery;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.event.PresenceState;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonStatus;
import org.gatepass.core.presence.PresenceEntry;
import org.gatepass.core.presence.PresenceService;
import org.gatepass.core.security.Actor;
import org.gatepass.persistence.testing.StationStorage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Setting up the access rules on each database: round trips, every validation, grants by person and category, audit. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccessContract {
    private StationStorage storage;
    private ServiceStation station;
    private Actor admin;

    abstract StationStorage openFreshStorage();

    @BeforeAll
    void start() {
        storage = openFreshStorage();
        station = new ServiceStation(storage);
        admin = station.operators.createFirstAdministrator("chief", "Chief", "a long enough secret".toCharArray(), "desk-1");
    }

    @AfterAll
    void stop() {
        storage.close();
    }

    private static WeeklySchedule weekdays() {
        List<TimeWindow> windows = new ArrayList<>();
        for (int d = 1; d <= 5; d++) {
            windows.add(new TimeWindow(DayOfWeek.of(d), LocalTime.of(7, 0), LocalTime.of(20, 0)));
        }
        windows.add(new TimeWindow(DayOfWeek.SATURDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT));
        return new WeeklySchedule(windows);
    }

    @Test
    void gatesLevelsAndHolidaysComeBackAsStored() {
        Gate lab = station.access.saveGate(admin, new Gate(null, " Lab 2 ", Set.of("lab-in", " lab-out "), true, "lab-relay", 5, AntiPassback.HARD, ""));
        assertEquals(new Gate(lab.id(), "Lab 2", Set.of("lab-in", "lab-out"), true, "lab-relay", 5, AntiPassback.HARD, ""), lab, "names and cameras trimmed");
        AccessLevel staff = station.access.saveLevel(admin, new AccessLevel(null, "Lab 2 staff", Set.of(lab.id()), weekdays(), false));
        station.access.saveHoliday(admin, new Holiday(LocalDate.of(2026, 12, 25), "Christmas Day"));

        AccessSetup setup = station.access.setup(admin);
        assertTrue(setup.gates().contains(lab), setup.gates().toString());
        AccessLevel read = setup.levels().stream().filter(l -> l.id().equals(staff.id())).findFirst().orElseThrow();
        assertEquals(staff, read);
        assertEquals("Mon–Fri 07:00–20:00; Sat 22:00–24:00", read.schedule().describe(), "a window to midnight survives the round trip");
        assertTrue(setup.holidays().contains(new Holiday(LocalDate.of(2026, 12, 25), "Christmas Day")));

        Gate moved = station.access.saveGate(admin, new Gate(lab.id(), "Lab 2", Set.of("lab-in"), true, "", 0, AntiPassback.SOFT, ""));
        assertEquals(Set.of("lab-in"), station.access.setup(admin).gates().stream().filter(g -> g.id().equals(lab.id())).findFirst().orElseThrow().cameras());
        assertEquals("", moved.door());
        assertEquals(AntiPassback.SOFT, station.access.setup(admin).gates().stream().filter(g -> g.id().equals(lab.id())).findFirst().orElseThrow()
                .antiPassback());
        List<AuditEntry> audited = station.audit.find(admin, AuditQuery.newest(20));
        assertTrue(audited.stream().anyMatch(a -> a.action().equals("access.gate.save") && a.before().contains("lab-out") && !a.after().contains("lab-out")),
                "the change is audited with the cameras before and after");
        assertTrue(audited.stream().anyMatch(a -> a.action().equals("access.level.save") && a.after().contains("Mon–Fri 07:00–20:00")));
        assertTrue(audited.stream().anyMatch(a -> a.action().equals("access.holiday.save") && a.subject().equals("holiday 2026-12-25")));
    }

    @Test
    void everyProblemIsNamedAndNothingIsStored() {
        Gate front = station.access.saveGate(admin, new Gate(null, "Front", Set.of("front-cam"), false, "", 0, AntiPassback.OFF, ""));
        InvalidAccessException gate = assertThrows(InvalidAccessException.class,
                () -> station.access.saveGate(admin, new Gate(null, "FRONT", Set.of("front-cam", "new-cam"), true, "relay", 0, AntiPassback.OFF, "")));
        assertEquals(List.of("There is a gate called FRONT already.", "Camera front-cam belongs to the gate Front already.",
                "A door is released for 1 to 60 seconds."), gate.problems());
        assertThrows(InvalidAccessException.class, () -> station.access.saveGate(admin, new Gate(null, " ", Set.of(), false, "", 0, AntiPassback.OFF, "")));

        InvalidAccessException level = assertThrows(InvalidAccessException.class,
                () -> station.access.saveLevel(admin, new AccessLevel(null, "Nowhere", Set.of(front.id(), 987_654L), new WeeklySchedule(List.of()), false)));
        assertEquals(List.of("Gate 987654 does not exist.", "An access level is open at some time of the week."), level.problems());
        assertThrows(InvalidAccessException.class, () -> station.access.saveLevel(admin, new AccessLevel(null, "Empty", Set.of(), WeeklySchedule.ALWAYS, false)));
        assertTrue(station.access.setup(admin).levels().stream().noneMatch(l -> l.name().equals("Nowhere") || l.name().equals("Empty")));
        assertTrue(station.access.setup(admin).gates().stream().noneMatch(g -> g.cameras().contains("new-cam")));
        assertThrows(InvalidAccessException.class, () -> station.access.deleteHoliday(admin, LocalDate.of(2031, 1, 1)));
    }

    @Test
    void personsHoldLevelsDirectlyOrThroughTheirCategoryUntilTheyAreTakenBack() {
        Gate store = station.access.saveGate(admin, new Gate(null, "Store", Set.of("store-cam"), true, "", 0, AntiPassback.OFF, ""));
        Gate dock = station.access.saveGate(admin, new Gate(null, "Dock", Set.of("dock-cam"), true, "", 0, AntiPassback.OFF, ""));
        AccessLevel storeLevel = station.access.saveLevel(admin, new AccessLevel(null, "Store keepers", Set.of(store.id()), WeeklySchedule.ALWAYS, true));
        AccessLevel dockLevel = station.access.saveLevel(admin, new AccessLevel(null, "Dock crew", Set.of(dock.id(), store.id()), WeeklySchedule.ALWAYS, false));
        Person kim = station.persons.create(admin, Person.newPerson("Kim Keeper", PersonCategory.EMPLOYEE));
        Person sam = station.persons.create(admin, Person.newPerson("Sam Student", PersonCategory.STUDENT));

        station.access.setPersonLevel(admin, kim.id(), storeLevel.id(), true);
        station.access.setPersonLevel(admin, kim.id(), storeLevel.id(), true); // again: no change, audited once
        station.access.setCategoryLevel(admin, PersonCategory.STUDENT, dockLevel.id(), true);
        assertEquals(Set.of(storeLevel.id()), storage.access().levelsHeld(kim.id(), PersonCategory.EMPLOYEE));
        assertEquals(Set.of(dockLevel.id()), storage.access().levelsHeld(sam.id(), PersonCategory.STUDENT), "through the category");
        assertEquals(List.of(storeLevel), station.access.levelsOf(admin, kim.id()));
        assertEquals(Set.of(dockLevel.id()), station.access.setup(admin).categoryLevels().get(PersonCategory.STUDENT));
        assertEquals(1, station.audit.find(admin, AuditQuery.newest(50)).stream()
                .filter(a -> a.action().equals("access.grant") && a.subject().contains("Kim Keeper")).count());

        station.access.deleteGate(admin, dock.id());
        AccessLevel crewNow = station.access.setup(admin).levels().stream().filter(l -> l.id().equals(dockLevel.id())).findFirst().orElseThrow();
        assertEquals(Set.of(store.id()), crewNow.gateIds(), "a deleted gate leaves its levels");
        station.access.deleteLevel(admin, storeLevel.id());
        assertEquals(Set.of(), storage.access().levelsHeld(kim.id(), PersonCategory.EMPLOYEE), "a deleted level leaves its holders");
        station.access.setCategoryLevel(admin, PersonCategory.STUDENT, dockLevel.id(), false);
        assertEquals(Set.of(), storage.access().levelsHeld(sam.id(), PersonCategory.STUDENT));
        assertThrows(InvalidAccessException.class, () -> station.access.setPersonLevel(admin, 987_654L, dockLevel.id(), true), "no such person");
    }

    @Test
    void aRuleThatWatchesTheTimeIsValidatedAuditedAndRemovable() {
        PresenceRule curfew = station.access.savePresenceRule(admin,
                new PresenceRule(null, " Hostel curfew ", PersonCategory.STUDENT, Kind.STILL_OUT, LocalTime.of(22, 0), EnumSet.allOf(DayOfWeek.class)));
        assertEquals("Hostel curfew", curfew.name());
        assertTrue(station.access.setup(admin).presenceRules().contains(curfew));

        InvalidAccessException refused = assertThrows(InvalidAccessException.class, () -> station.access.savePresenceRule(admin,
                new PresenceRule(null, "hostel CURFEW", PersonCategory.EMPLOYEE, Kind.NOT_ARRIVED, LocalTime.of(9, 30), Set.of())));
        assertEquals(List.of("There is a rule called hostel CURFEW already.", "A rule is checked on at least one day of the week."), refused.problems());

        PresenceRule weekdays = station.access.savePresenceRule(admin, new PresenceRule(curfew.id(), "Hostel curfew", PersonCategory.STUDENT,
                Kind.STILL_OUT, LocalTime.of(22, 30), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
        assertEquals(weekdays, station.access.setup(admin).presenceRules().stream().filter(r -> r.id().equals(curfew.id())).findFirst().orElseThrow());
        assertEquals("Mon–Fri", weekdays.daysText());
        station.access.deletePresenceRule(admin, curfew.id());
        assertTrue(station.access.setup(admin).presenceRules().stream().noneMatch(r -> r.id().equals(curfew.id())));
        assertThrows(InvalidAccessException.class, () -> station.access.deletePresenceRule(admin, curfew.id()));

        List<AuditEntry> audited = station.audit.find(admin, AuditQuery.newest(5));
        assertEquals("access.rule.delete", audited.get(0).action());
        assertTrue(audited.stream().anyMatch(a -> a.action().equals("access.rule.save") && a.before().contains("still out after 22:00")
                && a.after().contains("still out after 22:30") && a.after().contains("Mon–Fri")), audited.toString());
    }

    @Test
    void aRuleAlertsEachPersonOnceADayWhicheverStationChecks() throws Exception {
        ZoneId zone = ZoneId.of("Europe/London");
        LocalDate day = LocalDate.of(2026, 12, 1);
        Instant evening = day.atTime(21, 0).atZone(zone).toInstant();
        long out = student("Still Out", PersonStatus.ACTIVE, Direction.OUT, evening);
        long in = student("Back In", PersonStatus.ACTIVE, Direction.IN, evening);
        long never = student("Never Seen", PersonStatus.ACTIVE, null, null);
        long blocked = student("Blocked Out", PersonStatus.BLOCKED, Direction.OUT, evening);
        PresenceRule curfew = station.access.savePresenceRule(admin,
                new PresenceRule(null, "Curfew of the test", PersonCategory.STUDENT, Kind.STILL_OUT, LocalTime.of(22, 0), EnumSet.allOf(DayOfWeek.class)));
        Instant check = day.atTime(22, 5).atZone(zone).toInstant();
        assertEquals(Optional.of(day), curfew.dueDay(check, zone));
        Set<Long> ours = Set.of(out, in, never, blocked);

        List<GateEvent> raised = new ArrayList<>();
        try (StationStorage second = storage.secondStation()) {
            ExecutorService stations = Executors.newFixedThreadPool(2);
            try {
                List<Future<List<GateEvent>>> checks = new ArrayList<>();
                for (StationStorage at : List.of(storage, second, storage, second)) {
                    checks.add(stations.submit(() -> at.events().recordRuleAlerts(curfew, day, p -> alert(curfew, day, zone, p, check))));
                }
                for (Future<List<GateEvent>> done : checks) {
                    done.get().stream().filter(e -> ours.contains(e.personId())).forEach(raised::add);
                }
            } finally {
                stations.shutdown();
            }
        }
        assertEquals(List.of(out), raised.stream().map(GateEvent::personId).toList(), "one alert, for the active student still out: " + raised);
        GateEvent alert = station.storage.events().find(raised.get(0).id()).orElseThrow();
        assertEquals(Decision.RULE_BROKEN, alert.decision());
        assertEquals("still out after 22:00 (Curfew of the test)", alert.reason());
        assertEquals(PresenceRule.SOURCE, alert.cameraId());

        assertTrue(storage.events().recordRuleAlerts(curfew, day, p -> alert(curfew, day, zone, p, check)).stream().noneMatch(e -> ours.contains(e.personId())),
                "checked again (a restart): nothing new");
        LocalDate next = day.plusDays(1);
        assertEquals(List.of(out), storage.events().recordRuleAlerts(curfew, next, p -> alert(curfew, next, zone, p, check)).stream()
                .map(GateEvent::personId).filter(ours::contains).toList(), "the next day is a new day");

        PresenceRule expected = station.access.savePresenceRule(admin,
                new PresenceRule(null, "Expected by 09:30", PersonCategory.STUDENT, Kind.NOT_ARRIVED, LocalTime.of(9, 30), EnumSet.allOf(DayOfWeek.class)));
        LocalDate morning = day.plusDays(1);
        Instant late = morning.atTime(9, 31).atZone(zone).toInstant();
        assertEquals(Set.of(out, in, never), storage.events().recordRuleAlerts(expected, morning, p -> alert(expected, morning, zone, p, late)).stream()
                .map(GateEvent::personId).filter(ours::contains).collect(Collectors.toSet()), "nobody came in that morning; the blocked student is not expected");

        station.access.deletePresenceRule(admin, curfew.id());
        assertEquals(List.of(), storage.events().recordRuleAlerts(curfew, next.plusDays(1), p -> alert(curfew, next.plusDays(1), zone, p, check)),
                "a deleted rule raises nothing");
    }

    private long student(String name, PersonStatus status, Direction last, Instant at) {
        Person person = station.storage.persons().insert(new Person(null, null, name, null, null, PersonCategory.STUDENT, status, null));
        if (last != null) {
            station.storage.events().record(GateEvent.admitted(person.id(), "hostel-door", last, at));
        }
        return person.id();
    }

    private static Optional<GateEvent> alert(PresenceRule rule, LocalDate day, ZoneId zone, PresenceState presence, Instant at) {
        return rule.brokenBy(presence, day, zone)
                ? Optional.of(new GateEvent(null, presence.personId(), PresenceRule.SOURCE, null, Decision.RULE_BROKEN, null, at, rule.reason()))
                : Optional.empty();
    }

    @Test
    void aGateIntoAnAreaKeepsWhoIsInThatAreaApartFromTheSite() {
        String area = "Chemistry lab " + System.nanoTime() % 100_000;
        station.access.saveGate(admin, new Gate(null, area + " door", Set.of("chem-in-" + area, "chem-out-" + area), true, "", 0, AntiPassback.OFF, area));
        long ada = student("Ada In Lab", PersonStatus.ACTIVE, Direction.IN, Instant.parse("2026-12-01T08:00:00Z"));
        assertTrue(station.presence.areas(admin).contains(area), station.presence.areas(admin).toString());

        storage.events().recordMovement(ada, "chem-in-" + area, p -> {
            assertEquals(null, p.direction(), "never in the lab before, though on the site");
            return Optional.of(GateEvent.admitted(ada, "chem-in-" + area, Direction.IN, Instant.parse("2026-12-01T09:00:00Z")));
        });
        assertEquals(List.of(ada), station.presence.inside(admin, area).inside().stream().map(PresenceEntry::personId).toList());
        assertTrue(station.presence.inside(admin, PresenceService.SITE).inside().stream().anyMatch(e -> e.personId() == ada), "still on the site");

        storage.events().recordMovement(ada, "chem-out-" + area, p -> {
            assertEquals(Direction.IN, p.direction(), "the lab's own presence");
            return Optional.of(GateEvent.admitted(ada, "chem-out-" + area, Direction.OUT, Instant.parse("2026-12-01T10:00:00Z")));
        });
        assertTrue(station.presence.inside(admin, area).inside().isEmpty());
        assertTrue(station.presence.inside(admin, PresenceService.SITE).inside().stream().anyMatch(e -> e.personId() == ada),
                "leaving the lab is not leaving the site");

        // an entry kept in a station's journal while the database was down lands in the lab's presence too
        storage.events().recordJournaled(java.util.UUID.randomUUID(), GateEvent.admitted(ada, "chem-in-" + area, Direction.IN,
                Instant.parse("2026-12-01T11:00:00Z")), null);
        assertEquals(List.of(ada), station.presence.inside(admin, area).inside().stream().map(PresenceEntry::personId).toList());
        assertEquals(List.of(), station.presence.inside(admin, "No such area").inside());
    }
}
