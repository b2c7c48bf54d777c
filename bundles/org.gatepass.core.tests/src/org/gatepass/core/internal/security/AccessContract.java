package org.gatepass.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gatepass.core.access.AccessLevel;
import org.gatepass.core.access.AccessSetup;
import org.gatepass.core.access.Gate;
import org.gatepass.core.access.Holiday;
import org.gatepass.core.access.InvalidAccessException;
import org.gatepass.core.access.TimeWindow;
import org.gatepass.core.access.WeeklySchedule;
import org.gatepass.core.audit.AuditEntry;
import org.gatepass.core.audit.AuditQuery;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
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
        Gate lab = station.access.saveGate(admin, new Gate(null, " Lab 2 ", Set.of("lab-in", " lab-out "), true, "lab-relay", 5));
        assertEquals(new Gate(lab.id(), "Lab 2", Set.of("lab-in", "lab-out"), true, "lab-relay", 5), lab, "names and cameras trimmed");
        AccessLevel staff = station.access.saveLevel(admin, new AccessLevel(null, "Lab 2 staff", Set.of(lab.id()), weekdays(), false));
        station.access.saveHoliday(admin, new Holiday(LocalDate.of(2026, 12, 25), "Christmas Day"));

        AccessSetup setup = station.access.setup(admin);
        assertTrue(setup.gates().contains(lab), setup.gates().toString());
        AccessLevel read = setup.levels().stream().filter(l -> l.id().equals(staff.id())).findFirst().orElseThrow();
        assertEquals(staff, read);
        assertEquals("Mon–Fri 07:00–20:00; Sat 22:00–24:00", read.schedule().describe(), "a window to midnight survives the round trip");
        assertTrue(setup.holidays().contains(new Holiday(LocalDate.of(2026, 12, 25), "Christmas Day")));

        Gate moved = station.access.saveGate(admin, new Gate(lab.id(), "Lab 2", Set.of("lab-in"), true, "", 0));
        assertEquals(Set.of("lab-in"), station.access.setup(admin).gates().stream().filter(g -> g.id().equals(lab.id())).findFirst().orElseThrow().cameras());
        assertEquals("", moved.door());
        List<AuditEntry> audited = station.audit.find(admin, AuditQuery.newest(20));
        assertTrue(audited.stream().anyMatch(a -> a.action().equals("access.gate.save") && a.before().contains("lab-out") && !a.after().contains("lab-out")),
                "the change is audited with the cameras before and after");
        assertTrue(audited.stream().anyMatch(a -> a.action().equals("access.level.save") && a.after().contains("Mon–Fri 07:00–20:00")));
        assertTrue(audited.stream().anyMatch(a -> a.action().equals("access.holiday.save") && a.subject().equals("holiday 2026-12-25")));
    }

    @Test
    void everyProblemIsNamedAndNothingIsStored() {
        Gate front = station.access.saveGate(admin, new Gate(null, "Front", Set.of("front-cam"), false, "", 0));
        InvalidAccessException gate = assertThrows(InvalidAccessException.class,
                () -> station.access.saveGate(admin, new Gate(null, "FRONT", Set.of("front-cam", "new-cam"), true, "relay", 0)));
        assertEquals(List.of("There is a gate called FRONT already.", "Camera front-cam belongs to the gate Front already.",
                "A door is released for 1 to 60 seconds."), gate.problems());
        assertThrows(InvalidAccessException.class, () -> station.access.saveGate(admin, new Gate(null, " ", Set.of(), false, "", 0)));

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
        Gate store = station.access.saveGate(admin, new Gate(null, "Store", Set.of("store-cam"), true, "", 0));
        Gate dock = station.access.saveGate(admin, new Gate(null, "Dock", Set.of("dock-cam"), true, "", 0));
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
}
