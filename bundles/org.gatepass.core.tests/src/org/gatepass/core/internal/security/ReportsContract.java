package org.gatepass.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.gatepass.core.event.Decision;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.internal.report.AttendanceReport;
import org.gatepass.core.internal.report.PersonHistoryReport;
import org.gatepass.core.internal.report.PresenceAtReport;
import org.gatepass.core.internal.report.RefusalsPerGateReport;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.report.ChartSeries;
import org.gatepass.core.report.ColumnKind;
import org.gatepass.core.report.DailyAlerts;
import org.gatepass.core.report.PresentRow;
import org.gatepass.core.report.ReportColumn;
import org.gatepass.core.report.ReportPlace;
import org.gatepass.core.report.ReportQuery;
import org.gatepass.core.report.ReportRequest;
import org.gatepass.core.report.ReportTable;
import org.gatepass.core.security.Actor;
import org.gatepass.persistence.testing.StationStorage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The reports against an independent count over a generated event history, on each database: attendance and movements
 * per hour across a clock change, a person's history, presence at chosen moments (at an event's very time too) and
 * alerts per day; and the report views built on them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReportsContract {
    private static final String PASSWORD = "a long enough secret";
    private final List<StationStorage> opened = new ArrayList<>();

    abstract StationStorage openFreshStorage();

    @AfterAll
    void stopStations() {
        opened.forEach(StationStorage::close);
    }

    private ServiceStation station() {
        StationStorage storage = openFreshStorage();
        opened.add(storage);
        return new ServiceStation(storage);
    }

    private static Actor chief(ServiceStation station) {
        return station.operators.createFirstAdministrator("chief", "Chief", PASSWORD.toCharArray(), "desk-1");
    }

    @Test
    void reportsAgreeWithAnIndependentCountOverAGeneratedHistoryAcrossAClockChange() {
        ServiceStation history = station();
        Actor chief = chief(history);
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate first = LocalDate.of(2026, 10, 24); // the clocks go back on the 25th: a day of 25 hours
        Random random = new Random(2026);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            people.add(history.persons.create(chief, Person.newPerson(String.format("History %02d", i), PersonCategory.values()[i % 4])));
        }
        List<GateEvent> movements = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            for (Person person : people) {
                int count = random.nextInt(5);
                List<Instant> times = new ArrayList<>();
                for (int m = 0; m < count; m++) {
                    times.add(first.plusDays(d).atStartOfDay(berlin).plusSeconds(random.nextInt(86_400)).toInstant());
                }
                times.sort(null);
                for (int m = 0; m < times.size(); m++) {
                    GateEvent event = new GateEvent(null, person.id(), random.nextBoolean() ? "gate-a" : "gate-b", m % 2 == 0 ? Direction.IN : Direction.OUT,
                            Decision.ADMITTED, 0.9, times.get(m));
                    movements.add(history.storage.events().record(event));
                }
                history.storage.events().record(new GateEvent(null, person.id(), "gate-a", null, Decision.BLOCKED_PERSON, 0.9,
                        first.plusDays(d).atStartOfDay(berlin).plusHours(12).toInstant()), new byte[] { 1 });
            }
        }
        // one day before and one after the range: never counted
        history.storage.events().record(GateEvent.admitted(people.get(0).id(), "gate-a", Direction.IN, first.minusDays(1).atStartOfDay(berlin).toInstant()));
        history.storage.events().record(GateEvent.admitted(people.get(0).id(), "gate-a", Direction.IN, first.plusDays(4).atStartOfDay(berlin).toInstant()));

        for (ReportQuery query : List.of(new ReportQuery(first, first.plusDays(3), berlin, Set.of(), null),
                new ReportQuery(first.plusDays(1), first.plusDays(2), berlin, Set.of(PersonCategory.STUDENT, PersonCategory.VISITOR), ReportPlace.camera("gate-b")))) {
            List<GateEvent> counted = movements.stream().filter(e -> {
                LocalDate day = e.occurredAt().atZone(berlin).toLocalDate();
                Person p = people.stream().filter(x -> x.id().equals(e.personId())).findFirst().orElseThrow();
                return !day.isBefore(query.from()) && !day.isAfter(query.to()) && (query.categories().isEmpty() || query.categories().contains(p.category()))
                        && (query.place().cameraId() == null || query.place().cameraId().equals(e.cameraId()));
            }).toList();
            Map<String, Instant[]> expected = new TreeMap<>();
            for (GateEvent e : counted) {
                String key = e.occurredAt().atZone(berlin).toLocalDate() + "/" + e.personId();
                Instant[] inOut = expected.computeIfAbsent(key, k -> new Instant[2]);
                if (e.direction() == Direction.IN && (inOut[0] == null || e.occurredAt().isBefore(inOut[0]))) {
                    inOut[0] = e.occurredAt();
                } else if (e.direction() == Direction.OUT && (inOut[1] == null || e.occurredAt().isAfter(inOut[1]))) {
                    inOut[1] = e.occurredAt();
                }
            }
            Map<String, Instant[]> reported = new TreeMap<>();
            for (var row : history.reports.attendance(chief, query)) {
                reported.put(row.day() + "/" + row.personId(), new Instant[] { row.firstIn(), row.lastOut() });
            }
            assertEquals(expected.keySet(), reported.keySet(), "one row per person and day they moved: " + query);
            expected.forEach((key, inOut) -> assertEquals(Arrays.asList(inOut), Arrays.asList(reported.get(key)), key));

            var hours = history.reports.movementsPerHour(chief, query);
            long days = ChronoUnit.DAYS.between(query.from(), query.to()) + 1;
            boolean clockChange = !query.from().isAfter(first.plusDays(1)) && !query.to().isBefore(first.plusDays(1));
            assertEquals(days * 24 + (clockChange ? 1 : 0), hours.size(), "every hour of the range, the clock change's too");
            for (var hour : hours) {
                long ins = counted.stream().filter(e -> e.direction() == Direction.IN && hourOf(e, berlin).equals(hour.hour())).count();
                long outs = counted.stream().filter(e -> e.direction() == Direction.OUT && hourOf(e, berlin).equals(hour.hour())).count();
                if (!hour.hour().toLocalDate().equals(first.plusDays(1)) || hour.hour().getHour() != 2) {
                    assertEquals(List.of(ins, outs), List.of(hour.ins(), hour.outs()), hour.toString());
                }
            }
            assertEquals(counted.stream().filter(e -> e.direction() == Direction.IN).count(), hours.stream().mapToLong(h -> h.ins()).sum());
            assertEquals(counted.stream().filter(e -> e.direction() == Direction.OUT).count(), hours.stream().mapToLong(h -> h.outs()).sum());
        }
    }

    private static LocalDateTime hourOf(GateEvent event, ZoneId zone) {
        return LocalDateTime.ofInstant(event.occurredAt(), zone).truncatedTo(ChronoUnit.HOURS);
    }

    /** A week of movements, refusals and unknown faces (some grouped into strangers) around the spring clock change. */
    private static final class Week {
        final ZoneId zone = ZoneId.of("Europe/Berlin");
        final LocalDate first = LocalDate.of(2027, 3, 25); // the clocks go forward on the 28th: a day of 23 hours
        final List<Person> people = new ArrayList<>();
        final List<GateEvent> events = new ArrayList<>();
        final Map<Long, Long> strangerOf = new TreeMap<>();
        final Actor chief;

        Week(ServiceStation station) {
            chief = chief(station);
            Random random = new Random(27);
            for (int i = 0; i < 14; i++) {
                Person person = Person.newPerson(String.format("Week %02d", i), PersonCategory.values()[i % 4]);
                people.add(station.persons.create(chief, new Person(null, "W" + i, person.name(), null, null, person.category(), person.status(), null)));
            }
            List<Long> strangers = new ArrayList<>();
            for (int d = 0; d < 6; d++) {
                Instant dayStart = first.plusDays(d).atStartOfDay(zone).toInstant();
                for (Person person : people) {
                    List<Instant> times = new ArrayList<>();
                    for (int m = random.nextInt(6); m > 0; m--) {
                        times.add(dayStart.plusSeconds(random.nextInt(23 * 3600)));
                    }
                    times.sort(null);
                    Direction next = random.nextBoolean() ? Direction.IN : Direction.OUT;
                    for (Instant at : times) {
                        boolean refused = random.nextInt(8) == 0;
                        GateEvent event = refused ? new GateEvent(null, person.id(), random.nextBoolean() ? "gate-a" : "gate-b", null,
                                Decision.BLOCKED_PERSON, 0.9, at)
                                : GateEvent.admitted(person.id(), random.nextBoolean() ? "gate-a" : "gate-b", next, at);
                        events.add(refused ? station.storage.events().record(event, new byte[] { 1 }) : station.storage.events().record(event));
                        if (!refused) {
                            next = next == Direction.IN ? Direction.OUT : Direction.IN;
                        }
                    }
                }
                for (int r = random.nextInt(4); r > 0; r--) {
                    Person refused = people.get(random.nextInt(people.size()));
                    events.add(station.storage.events().record(new GateEvent(null, refused.id(), random.nextBoolean() ? "gate-a" : "gate-b", null,
                            Decision.ACCESS_REFUSED, 0.9, dayStart.plusSeconds(random.nextInt(23 * 3600)), "not authorised for Lab 2"), new byte[] { 1 }));
                }
                for (int r = random.nextInt(3); r > 0; r--) {
                    Person twice = people.get(random.nextInt(people.size()));
                    events.add(station.storage.events().record(new GateEvent(null, twice.id(), random.nextBoolean() ? "gate-a" : "gate-b", null,
                            Decision.PASSBACK, 0.9, dayStart.plusSeconds(random.nextInt(23 * 3600)), "entered twice without leaving"), new byte[] { 1 }));
                }
                for (int u = random.nextInt(7); u > 0; u--) {
                    GateEvent unknown = station.storage.events().record(new GateEvent(null, null, random.nextBoolean() ? "gate-a" : "gate-b", null,
                            Decision.UNKNOWN_FACE, null, dayStart.plusSeconds(random.nextInt(23 * 3600))), new byte[] { 1 });
                    events.add(unknown);
                    int pick = random.nextInt(4);
                    if (pick == 3) {
                        continue; // an unknown face not grouped with any stranger
                    }
                    if (pick >= strangers.size()) {
                        strangers.add(station.storage.strangers().create(unknown.id(), "test-embedder", new float[] { 1, 0 }, unknown.cameraId(),
                                unknown.occurredAt()));
                    } else {
                        station.storage.strangers().sighted(strangers.get(pick), unknown.id(), new float[] { 1, 0 }, unknown.cameraId(),
                                unknown.occurredAt());
                    }
                    strangerOf.put(unknown.id(), strangers.get(Math.min(pick, strangers.size() - 1)));
                }
            }
        }

        LocalDate day(GateEvent event) {
            return event.occurredAt().atZone(zone).toLocalDate();
        }

        boolean inRange(GateEvent event, ReportQuery query) {
            return !day(event).isBefore(query.from()) && !day(event).isAfter(query.to()) && (query.place().cameraId() == null || query.place().cameraId().equals(event.cameraId()));
        }

        Person person(long id) {
            return people.stream().filter(p -> p.id() == id).findFirst().orElseThrow();
        }
    }

    @Test
    void historyPresenceAtAMomentAndAlertsPerDayAgreeWithAnIndependentCount() {
        ServiceStation station = station();
        Week week = new Week(station);
        ReportQuery all = new ReportQuery(week.first, week.first.plusDays(5), week.zone, Set.of(), null);
        ReportQuery middle = new ReportQuery(week.first.plusDays(2), week.first.plusDays(3), week.zone, Set.of(), ReportPlace.camera("gate-b"));

        for (Person person : week.people) {
            for (ReportQuery query : List.of(all, middle)) {
                List<Long> expected = week.events.stream().filter(e -> person.id().equals(e.personId()) && week.inRange(e, query))
                        .sorted(Comparator.comparing(GateEvent::occurredAt).thenComparing(GateEvent::id)).map(GateEvent::id).toList();
                List<EventLogEntry> history = station.reports.history(week.chief, person.id(), query);
                assertEquals(expected, history.stream().map(EventLogEntry::eventId).toList(), person.name() + " " + query);
                assertTrue(history.stream().allMatch(h -> h.name().equals(person.name())));
            }
        }

        Random random = new Random(5);
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            moments.add(week.first.atStartOfDay(week.zone).toInstant().plusSeconds(random.nextInt(6 * 86_400)));
        }
        moments.add(week.events.get(week.events.size() / 2).occurredAt()); // an event at the very moment counts
        moments.add(week.first.minusDays(1).atStartOfDay(week.zone).toInstant()); // before anything: nobody
        for (Instant moment : moments) {
            for (Set<PersonCategory> categories : List.of(Set.<PersonCategory>of(), Set.of(PersonCategory.STUDENT, PersonCategory.VISITOR))) {
                for (String camera : Arrays.asList(null, "gate-a")) {
                    Map<Long, GateEvent> last = new TreeMap<>();
                    week.events.stream().filter(e -> e.decision() == Decision.ADMITTED && !e.occurredAt().isAfter(moment))
                            .sorted(Comparator.comparing(GateEvent::occurredAt).thenComparing(GateEvent::id)).forEach(e -> last.put(e.personId(), e));
                    Set<String> expected = last.values().stream()
                            .filter(e -> e.direction() == Direction.IN && (categories.isEmpty() || categories.contains(week.person(e.personId()).category()))
                                    && (camera == null || camera.equals(e.cameraId())))
                            .map(e -> e.personId() + "@" + e.cameraId() + "@" + e.occurredAt()).collect(Collectors.toSet());
                    List<PresentRow> inside = station.reports.presentAt(week.chief, moment, categories, ReportPlace.camera(camera));
                    assertEquals(expected, inside.stream().map(p -> p.personId() + "@" + p.cameraId() + "@" + p.since()).collect(Collectors.toSet()),
                            "inside at " + moment + " " + categories + " " + camera);
                    assertEquals(inside.size(), new HashSet<>(inside).size(), "each person once");
                }
            }
        }

        for (ReportQuery query : List.of(all, middle)) {
            List<DailyAlerts> days = station.reports.alertsPerDay(week.chief, query);
            assertEquals(ChronoUnit.DAYS.between(query.from(), query.to()) + 1, days.size(), "every day of the range");
            for (DailyAlerts day : days) {
                List<GateEvent> alerts = week.events.stream().filter(e -> e.decision().isAlert() && week.inRange(e, query) && week.day(e).equals(day.day())).toList();
                long unknown = alerts.stream().filter(e -> e.decision() == Decision.UNKNOWN_FACE).count();
                long strangers = alerts.stream().map(e -> week.strangerOf.get(e.id())).filter(s -> s != null).distinct().count();
                assertEquals(List.of(unknown, strangers, alerts.size() - unknown), List.of(day.unknownFaces(), day.strangers(), day.refusals()),
                        day.day() + " " + query.place());
            }
            assertTrue(days.stream().mapToLong(DailyAlerts::unknownFaces).sum() > 0, "the week has unknown faces to count");

            Map<String, List<Long>> refusals = new TreeMap<>();
            week.events.stream().filter(e -> (e.decision() == Decision.ACCESS_REFUSED || e.decision() == Decision.PASSBACK) && week.inRange(e, query))
                    .forEach(e -> refusals.merge(week.day(e) + "@" + e.cameraId(), e.decision() == Decision.ACCESS_REFUSED ? List.of(1L, 0L) : List.of(0L, 1L),
                            (a, b) -> List.of(a.get(0) + b.get(0), a.get(1) + b.get(1))));
            Map<String, List<Long>> reported = new TreeMap<>();
            station.reports.refusalsPerDay(week.chief, query).forEach(r -> reported.put(r.day() + "@" + r.cameraId(), List.of(r.refused(), r.passback())));
            assertEquals(refusals, reported, "refused entries and anti-passback alerts per day and camera, " + query.place());
            assertTrue(!query.place().isSite() || refusals.values().stream().mapToLong(c -> c.get(0)).sum() > 0
                    && refusals.values().stream().mapToLong(c -> c.get(1)).sum() > 0, "the week has refused entries and anti-passback alerts to count");
        }
    }

    @Test
    void theReportViewsTypeTheirCellsAndFindThePersonByIdOrOnlyMatchingName() {
        ServiceStation station = station();
        Week week = new Week(station);
        ReportQuery all = new ReportQuery(week.first, week.first.plusDays(5), week.zone, Set.of(), null);

        ReportTable attendance = new AttendanceReport(station.reports).run(week.chief, new ReportRequest(all, "", null));
        assertEquals(station.reports.attendance(week.chief, all).size(), attendance.rows().size());
        assertEquals(List.of(ColumnKind.DATE, ColumnKind.TEXT, ColumnKind.TEXT, ColumnKind.TEXT, ColumnKind.TIME, ColumnKind.TIME, ColumnKind.DURATION),
                attendance.columns().stream().map(ReportColumn::kind).toList());

        PersonHistoryReport history = new PersonHistoryReport(station.reports, station.persons);
        Person first = week.people.get(1);
        ReportTable byId = history.run(week.chief, new ReportRequest(all, "w1", null));
        assertEquals(station.reports.history(week.chief, first.id(), all).size(), byId.rows().size(), "W1 is an exact ID, though W10 to W13 match too");
        assertTrue(byId.title().endsWith(first.name()));
        ReportTable byName = history.run(week.chief, new ReportRequest(all, "Week 10", null));
        assertTrue(byName.title().endsWith(week.people.get(10).name()), "the only name containing it: " + byName.title());
        IllegalArgumentException several = assertThrows(IllegalArgumentException.class, () -> history.run(week.chief, new ReportRequest(all, "Week", null)));
        assertTrue(several.getMessage().contains("14 persons match 'Week' (Week 00 (ID W0); Week 01 (ID W1)"), several.getMessage());
        IllegalArgumentException nobody = assertThrows(IllegalArgumentException.class, () -> history.run(week.chief, new ReportRequest(all, "Zed", null)));
        assertTrue(nobody.getMessage().contains("Nobody"), nobody.getMessage());

        PresenceAtReport presence = new PresenceAtReport(station.reports);
        LocalDateTime noon = week.first.plusDays(2).atTime(12, 0);
        assertEquals(station.reports.presentAt(week.chief, noon.atZone(week.zone).toInstant(), Set.of(), null).size(),
                presence.run(week.chief, new ReportRequest(all, "", noon)).rows().size());
        assertThrows(IllegalArgumentException.class, () -> presence.run(week.chief, new ReportRequest(all, "", null)), "a moment is needed");

        station.access.saveGate(week.chief, new org.gatepass.core.access.Gate(null, "Lab 2", Set.of("gate-a"), true, "", 0, org.gatepass.core.access.AntiPassback.OFF, ""));
        ReportTable refusals = new RefusalsPerGateReport(station.reports, station.storage.access()).run(week.chief, new ReportRequest(all, "", null));
        long refusedAtA = week.events.stream().filter(e -> e.decision() == Decision.ACCESS_REFUSED && e.cameraId().equals("gate-a")).count();
        assertEquals(refusedAtA, refusals.rows().stream().filter(r -> r.get(1).equals("Lab 2")).mapToLong(r -> (Long) r.get(2)).sum(),
                "gate-a's refusals are Lab 2's");
        long passbackAtA = week.events.stream().filter(e -> e.decision() == Decision.PASSBACK && e.cameraId().equals("gate-a")).count();
        assertEquals(passbackAtA, refusals.rows().stream().filter(r -> r.get(1).equals("Lab 2")).mapToLong(r -> (Long) r.get(3)).sum(),
                "gate-a's anti-passback alerts are Lab 2's");
        assertEquals(List.of("Refused entries", "Anti-passback"), refusals.chart().series().stream().map(ChartSeries::name).toList());
        assertTrue(refusals.rows().stream().anyMatch(r -> r.get(1).equals("camera gate-b")), "a camera of no gate is listed on its own");
        assertEquals(6, refusals.chart().categories().size(), "a bar for every day");

        IllegalArgumentException wrongCell = assertThrows(IllegalArgumentException.class,
                () -> new ReportTable("Bad", "", List.of(new ReportColumn("When", ColumnKind.DATE)), List.of(List.of("yesterday")), null, null));
        assertTrue(wrongCell.getMessage().contains("Row 1, column 'When' holds a String, not a LocalDate"), wrongCell.getMessage());
    }

    @Test
    void withoutACameraChosenReportsAreOfTheSiteNotOfItsAreas() {
        ServiceStation station = station();
        Actor chief = chief(station);
        ZoneId zone = ZoneId.of("Europe/Berlin");
        LocalDate day = LocalDate.of(2031, 3, 3);
        Person ada = station.storage.persons().insert(Person.newPerson("Area Ada", PersonCategory.EMPLOYEE));
        station.access.saveGate(chief, new org.gatepass.core.access.Gate(null, "Lab X door", Set.of("lab-x"), false, "", 0,
                org.gatepass.core.access.AntiPassback.OFF, "Lab X"));
        Instant eight = day.atTime(8, 0).atZone(zone).toInstant();
        station.storage.events().record(GateEvent.admitted(ada.id(), "main-door", Direction.IN, eight));
        station.storage.events().record(GateEvent.admitted(ada.id(), "lab-x", Direction.IN, eight.plusSeconds(3600)));
        station.storage.events().record(GateEvent.admitted(ada.id(), "lab-x", Direction.OUT, eight.plusSeconds(7200)));

        var row = station.reports.attendance(chief, new ReportQuery(day, day.plusDays(1), zone, Set.of(), null)).get(0);
        assertEquals(eight, row.firstIn());
        assertEquals(null, row.lastOut(), "leaving the lab is not leaving the site");
        Instant later = eight.plusSeconds(9000);
        assertEquals(List.of("main-door"), station.reports.presentAt(chief, later, Set.of(), null).stream().map(PresentRow::cameraId).toList(),
                "on the site since the main door");
        assertEquals(List.of(), station.reports.presentAt(chief, later, Set.of(), ReportPlace.camera("lab-x")), "out of the lab by its camera");
        assertEquals(List.of("lab-x"), station.reports.presentAt(chief, eight.plusSeconds(5400), Set.of(), ReportPlace.camera("lab-x")).stream()
                .map(PresentRow::cameraId).toList(), "in the lab by its camera");
    }

    @Test
    void aGateLimitsEveryReportToItsCamerasAndAGateIntoAnAreaReportsThatArea() {
        ServiceStation station = station();
        Week week = new Week(station);
        station.access.saveGate(week.chief, new org.gatepass.core.access.Gate(null, "East door", Set.of("gate-a"), false, "", 0,
                org.gatepass.core.access.AntiPassback.OFF, ""));
        station.access.saveGate(week.chief, new org.gatepass.core.access.Gate(null, "Unused door", Set.of(), false, "", 0,
                org.gatepass.core.access.AntiPassback.OFF, ""));
        assertEquals(List.of("East door", "Unused door"), station.reports.gates(week.chief));
        ReportQuery byCamera = new ReportQuery(week.first, week.first.plusDays(5), week.zone, Set.of(), ReportPlace.camera("gate-a"));
        ReportQuery byGate = new ReportQuery(week.first, week.first.plusDays(5), week.zone, Set.of(), ReportPlace.gate("east DOOR"));
        assertFalse(station.reports.attendance(week.chief, byGate).isEmpty(), "the week moved people through the east door");
        assertEquals(station.reports.attendance(week.chief, byCamera), station.reports.attendance(week.chief, byGate), "a gate of one camera is that camera");
        assertEquals(station.reports.movementsPerHour(week.chief, byCamera), station.reports.movementsPerHour(week.chief, byGate));
        assertEquals(station.reports.alertsPerDay(week.chief, byCamera), station.reports.alertsPerDay(week.chief, byGate));
        assertEquals(station.reports.refusalsPerDay(week.chief, byCamera), station.reports.refusalsPerDay(week.chief, byGate));
        Person person = week.people.get(3);
        assertEquals(station.reports.history(week.chief, person.id(), byCamera), station.reports.history(week.chief, person.id(), byGate));
        Instant noon = week.first.plusDays(3).atTime(12, 0).atZone(week.zone).toInstant();
        assertEquals(station.reports.presentAt(week.chief, noon, Set.of(), ReportPlace.camera("gate-a")),
                station.reports.presentAt(week.chief, noon, Set.of(), ReportPlace.gate("East door")));

        ReportQuery otherCamera = new ReportQuery(week.first, week.first.plusDays(5), week.zone, Set.of(), new ReportPlace("East door", "gate-b"));
        assertEquals(List.of(), station.reports.attendance(week.chief, otherCamera), "gate-b is not a camera of the east door");
        ReportQuery empty = new ReportQuery(week.first, week.first.plusDays(5), week.zone, Set.of(), ReportPlace.gate("Unused door"));
        assertEquals(List.of(), station.reports.attendance(week.chief, empty), "a gate without cameras saw nothing");
        assertTrue(station.reports.alertsPerDay(week.chief, empty).stream().allMatch(d -> d.unknownFaces() + d.refusals() == 0));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> station.reports.attendance(week.chief,
                new ReportQuery(week.first, week.first, week.zone, Set.of(), ReportPlace.gate("Back door"))));
        assertEquals("There is no gate called Back door; the gates are East door, Unused door.", unknown.getMessage());

        ReportTable table = new AttendanceReport(station.reports).run(week.chief, new ReportRequest(byGate, "", null));
        assertTrue(table.covers().endsWith("gate east DOOR"), table.covers());
    }

    @Test
    void aGateIntoAnAreaReportsWhoWasInThatArea() {
        ServiceStation station = station();
        Actor chief = chief(station);
        ZoneId zone = ZoneId.of("Europe/Berlin");
        LocalDate day = LocalDate.of(2031, 3, 4);
        Person ada = station.storage.persons().insert(Person.newPerson("Lab Ada", PersonCategory.EMPLOYEE));
        Person bob = station.storage.persons().insert(Person.newPerson("Lab Bob", PersonCategory.EMPLOYEE));
        station.access.saveGate(chief, new org.gatepass.core.access.Gate(null, "Lab Y door", Set.of("lab-y-in", "lab-y-out"), false, "", 0,
                org.gatepass.core.access.AntiPassback.OFF, "Lab Y"));
        Instant eight = day.atTime(8, 0).atZone(zone).toInstant();
        station.storage.events().record(GateEvent.admitted(ada.id(), "main-door", Direction.IN, eight));
        station.storage.events().record(GateEvent.admitted(bob.id(), "main-door", Direction.IN, eight));
        station.storage.events().record(GateEvent.admitted(ada.id(), "lab-y-in", Direction.IN, eight.plusSeconds(600)));
        station.storage.events().record(GateEvent.admitted(bob.id(), "lab-y-in", Direction.IN, eight.plusSeconds(900)));
        station.storage.events().record(GateEvent.admitted(bob.id(), "lab-y-out", Direction.OUT, eight.plusSeconds(1800)));
        station.storage.events().record(GateEvent.admitted(bob.id(), "main-door", Direction.OUT, eight.plusSeconds(3600)));

        ReportPlace lab = ReportPlace.gate("Lab Y door");
        Instant nine = eight.plusSeconds(3600);
        assertEquals(List.of("Lab Ada"), station.reports.presentAt(chief, nine, Set.of(), lab).stream().map(PresentRow::name).toList(),
                "Bob left the lab by its other camera");
        assertEquals(List.of("Lab Ada", "Lab Bob"), station.reports.presentAt(chief, eight.plusSeconds(1000), Set.of(), lab).stream()
                .map(PresentRow::name).toList());
        assertEquals(List.of("Lab Ada"), station.reports.presentAt(chief, nine, Set.of(), ReportPlace.SITE).stream().map(PresentRow::name).toList(),
                "Bob left the site at nine");
        assertEquals(List.of(), station.reports.presentAt(chief, nine, Set.of(), new ReportPlace("Lab Y door", "lab-y-out")),
                "nobody came in by the lab's exit camera");
        var bobInLab = station.reports.attendance(chief, new ReportQuery(day, day, zone, Set.of(), lab)).stream()
                .filter(r -> r.personId() == bob.id()).findFirst().orElseThrow();
        assertEquals(List.of(eight.plusSeconds(900), eight.plusSeconds(1800)), List.of(bobInLab.firstIn(), bobInLab.lastOut()), "Bob's time in the lab");
    }
}
