package org.gatepass.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.gatepass.camera.testing.Fuzzing;
import org.gatepass.core.StorageException;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.event.EventLogQuery;
import org.gatepass.core.event.EventLogSort;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.gate.CameraMode;
import org.gatepass.core.gate.GateDecisionEngine;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The repository behaviour every supported database must show; subclasses supply the database. */
abstract class RepositoryContract {
    private static final Instant T0 = Instant.parse("2026-11-24T08:00:00.123Z");

    abstract Database database();

    MyBatisPersonRepository persons;
    MyBatisGateEventRepository events;

    @BeforeEach
    void emptyTables() {
        TestDatabases.emptyTables(database());
        persons = new MyBatisPersonRepository(database());
        events = new MyBatisGateEventRepository(database());
    }

    private Person store(String externalId, String name, PersonCategory category) {
        return persons.insert(new Person(null, externalId, name, name.split(" ")[0].toLowerCase() + "@example.org",
                "+1 555 0100", category, PersonStatus.ACTIVE, null));
    }

    @Test
    void insertedPersonReadsBackWithEveryField() {
        Person stored = persons.insert(new Person(null, "S-042", "Zoë Ångström", "zoe@example.org", "+46 8 123 456",
                PersonCategory.STUDENT, PersonStatus.ACTIVE, "parent@example.org"));
        assertNotNull(stored.id());
        assertEquals(stored, persons.findById(stored.id()).orElseThrow());
        assertEquals(stored, persons.findByExternalId("S-042").orElseThrow());
    }

    @Test
    void updateChangesFieldsAndReportsMissingRows() {
        Person stored = store("E-1", "Ada Lovelace", PersonCategory.EMPLOYEE);
        Person blocked = new Person(stored.id(), "E-1b", "Ada King", null, null, PersonCategory.CONTRACTOR, PersonStatus.BLOCKED,
                null);
        assertTrue(persons.update(blocked));
        assertEquals(blocked, persons.findById(stored.id()).orElseThrow());
        assertFalse(persons.update(blocked.withId(stored.id() + 1000)));
    }

    @Test
    void searchMatchesNameOrIdCaseInsensitivelyAndTreatsWildcardsLiterally() {
        store("E-1", "Ada Lovelace", PersonCategory.EMPLOYEE);
        store("E-2", "Grace Hopper", PersonCategory.EMPLOYEE);
        store("X_9", "Alan Turing", PersonCategory.VISITOR);
        assertEquals(List.of("Ada Lovelace", "Alan Turing", "Grace Hopper"), names(persons.search("", 10)));
        assertEquals(List.of("Ada Lovelace"), names(persons.search("LOVE", 10)));
        assertEquals(List.of("Grace Hopper"), names(persons.search("e-2", 10)));
        assertEquals(List.of("Alan Turing"), names(persons.search("x_", 10)));
        assertEquals(List.of(), names(persons.search("e_1", 10)), "an unescaped _ would match E-1");
        assertEquals(List.of(), names(persons.search("ada%", 10)), "an unescaped % would match Ada Lovelace");
        assertEquals(2, persons.search("", 2).size());
        String odd = "Zoë O'Brien \\ \"Q\"! 100%";
        store("Q-1", odd, PersonCategory.VISITOR);
        for (String text : List.of("%", "!", "'", "\\", "\"", "100%", "ZOË", "n \\ \"q\"! 1")) {
            assertEquals(List.of(odd), names(persons.search(text, 10)), text);
        }
    }

    /**
     * Fuzzing the two search fields (persons by name or ID, the event log by name) with text made of SQL and LIKE
     * metacharacters, quotes, backslashes, spaces and non-Latin letters: each finds exactly the persons whose name (or
     * ID) contains the text, whatever the database. Accented letters are left out: MySQL's default collation matches
     * "e" to "ë" on purpose.
     */
    @Test
    void searchFieldsTakeRandomTextWithMetacharactersLiterally() {
        String alphabet = "aAbZz%_!\\'\"中文 -.;*?[]^$(){}|=+#&@~`,:/";
        java.util.Random random = Fuzzing.random();
        List<Person> stored = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = (randomText(random, alphabet, 2 + random.nextInt(10)) + " " + i).strip();
            stored.add(persons.insert(new Person(null, random.nextBoolean() ? "F" + randomText(random, alphabet, 3).strip() + i : null, name, null, null,
                    PersonCategory.VISITOR, PersonStatus.ACTIVE, null)));
            events.record(GateEvent.admitted(stored.get(i).id(), "fuzz-cam", Direction.IN, T0.plusSeconds(i)));
        }
        int iterations = Fuzzing.iterations(150);
        for (int i = 0; i < iterations; i++) {
            String text = random.nextInt(3) == 0 ? substring(random, stored.get(random.nextInt(stored.size())).name())
                    : randomText(random, alphabet, 1 + random.nextInt(4));
            String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
            java.util.Set<Long> byNameOrId = stored.stream().filter(p -> contains(p.name(), wanted) || contains(p.externalId(), wanted))
                    .map(Person::id).collect(java.util.stream.Collectors.toSet());
            java.util.Set<String> byName = stored.stream().filter(p -> contains(p.name(), wanted)).map(Person::name)
                    .collect(java.util.stream.Collectors.toSet());
            String where = Fuzzing.at(i) + ", text [" + text + "]";
            assertEquals(byNameOrId, persons.search(text, 1000).stream().map(Person::id).collect(java.util.stream.Collectors.toSet()), where);
            assertEquals(byName, events.log(new EventLogQuery(text, EventLogSort.TIME, true, 0, 1000)).stream().map(EventLogEntry::name)
                    .collect(java.util.stream.Collectors.toSet()), "event log, " + where);
        }
        assertEquals(40, persons.search("", 1000).size(), "nothing stored was lost");
    }

    private static String randomText(java.util.Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String substring(java.util.Random random, String text) {
        int from = random.nextInt(text.length());
        return text.substring(from, from + 1 + random.nextInt(text.length() - from));
    }

    private static boolean contains(String field, String wanted) {
        return wanted.isEmpty() || field != null && field.toLowerCase(java.util.Locale.ROOT).contains(wanted);
    }

    @Test
    void duplicateExternalIdIsRefusedByTheDatabase() {
        store("E-1", "Ada Lovelace", PersonCategory.EMPLOYEE);
        assertThrows(StorageException.class, () -> store("E-1", "Someone Else", PersonCategory.EMPLOYEE));
    }

    @Test
    void recordedEventsAppearInTheLogWithPersonDetails() {
        Person ada = store("E-1", "Ada Lovelace", PersonCategory.EMPLOYEE);
        GateEvent in = events.record(GateEvent.admitted(ada.id(), "gate-1", Direction.IN, T0));
        GateEvent stranger = events.record(new GateEvent(null, null, "gate-2", null, Decision.UNKNOWN_FACE, 0.12, T0.plusSeconds(5)));
        assertTrue(stranger.id() > in.id());
        assertEquals(stranger.id(), events.latestId());

        List<EventLogEntry> log = events.log(EventLogQuery.newestFirst("", 10));
        assertEquals(2, log.size());
        assertEquals(new EventLogEntry(stranger.id(), null, null, null, null, Decision.UNKNOWN_FACE, null, T0.plusSeconds(5), "gate-2"),
                log.get(0));
        assertEquals(new EventLogEntry(in.id(), "E-1", "Ada Lovelace", "+1 555 0100", Direction.IN, Decision.ADMITTED,
                PersonCategory.EMPLOYEE, T0, "gate-1"), log.get(1));
    }

    @Test
    void logFiltersByNameSortsAndPages() {
        Person ada = store("E-1", "Ada Lovelace", PersonCategory.EMPLOYEE);
        Person grace = store("E-2", "Grace Hopper", PersonCategory.STUDENT);
        for (int i = 0; i < 30; i++) {
            Person who = i % 3 == 0 ? grace : ada;
            events.record(GateEvent.admitted(who.id(), "gate-" + (i % 2), i % 2 == 0 ? Direction.IN : Direction.OUT,
                    T0.plus(i, ChronoUnit.MINUTES)));
        }
        EventLogQuery graceOnly = EventLogQuery.newestFirst("hopp", 100);
        assertEquals(10, events.count(graceOnly));
        assertTrue(events.log(graceOnly).stream().allMatch(e -> e.name().equals("Grace Hopper")));
        assertEquals(30, events.count(EventLogQuery.newestFirst("", 1)));

        List<EventLogEntry> firstPage = events.log(new EventLogQuery("", EventLogSort.TIME, true, 0, 7));
        List<EventLogEntry> secondPage = events.log(new EventLogQuery("", EventLogSort.TIME, true, 7, 7));
        assertEquals(T0, firstPage.get(0).occurredAt());
        assertEquals(T0.plus(7, ChronoUnit.MINUTES), secondPage.get(0).occurredAt());

        List<EventLogEntry> byName = events.log(new EventLogQuery("", EventLogSort.NAME, false, 0, 30));
        assertEquals("Grace Hopper", byName.get(0).name());
        assertEquals("Ada Lovelace", byName.get(29).name());
        List<EventLogEntry> byCamera = events.log(new EventLogQuery("", EventLogSort.CAMERA, true, 0, 30));
        assertEquals("gate-0", byCamera.get(0).cameraId());
        assertEquals("gate-1", byCamera.get(29).cameraId());
    }

    @Test
    void pagesOfEverySortAndFilterAddUpToTheWholeLog() {
        Person ada = store("E-1", "Ada Lovelace", PersonCategory.EMPLOYEE);
        Person grace = store("E-2", "Grace Hopper", PersonCategory.STUDENT);
        for (int i = 0; i < 20; i++) {
            Instant at = T0.plus(i % 7, ChronoUnit.MINUTES); // repeated times: the id must break ties
            if (i % 5 == 4) {
                events.record(new GateEvent(null, null, "gate-" + i % 3, null, Decision.UNKNOWN_FACE, 0.3, at));
            } else {
                events.record(GateEvent.admitted(i % 2 == 0 ? ada.id() : grace.id(), "gate-" + i % 3,
                        i % 4 < 2 ? Direction.IN : Direction.OUT, at));
            }
        }
        for (EventLogSort sort : EventLogSort.values()) {
            for (boolean ascending : new boolean[] {true, false}) {
                for (String filter : List.of("", "hop")) {
                    EventLogQuery whole = new EventLogQuery(filter, sort, ascending, 0, 100);
                    List<EventLogEntry> expected = events.log(whole);
                    List<EventLogEntry> paged = new ArrayList<>();
                    for (int offset = 0; offset < expected.size(); offset += 3) {
                        paged.addAll(events.log(whole.page(offset, 3)));
                    }
                    String what = sort + (ascending ? " ascending" : " descending") + " filtered by '" + filter + "'";
                    assertEquals(expected, paged, what);
                    assertEquals(filter.isEmpty() ? 20 : 8, expected.size(), what);
                    assertEquals(expected.size(), events.count(whole), what);
                }
            }
        }
    }

    @Test
    void presenceFollowsTheLatestMovementOfEachPerson() {
        Person ada = store("E-1", "Ada Lovelace", PersonCategory.EMPLOYEE);
        events.record(GateEvent.admitted(ada.id(), "gate-1", Direction.IN, T0));
        GateEvent out = events.record(GateEvent.admitted(ada.id(), "gate-1", Direction.OUT, T0.plusSeconds(90)));
        String presence = database().read(session -> {
            try (var s = session.getConnection().createStatement();
                    var rs = s.executeQuery("SELECT direction, last_event_id FROM presence WHERE person_id = " + ada.id())) {
                rs.next();
                return rs.getString(1) + "/" + rs.getLong(2) + "/" + rs.next();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals("OUT/" + out.id() + "/false", presence);
    }

    @Test
    void twoStationsSeeingOnePersonAtOnceRecordOneMovementThenTheCooldownHolds() throws Exception {
        Person ada = store("E-1", "Ada Lovelace", PersonCategory.EMPLOYEE);
        GateDecisionEngine engine = new GateDecisionEngine(GateDecisionEngine.DEFAULT_COOLDOWN);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (Database secondStation = new Database(database().settings())) {
            List<MyBatisGateEventRepository> stations = List.of(events, new MyBatisGateEventRepository(secondStation));
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Optional<GateEvent>>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                MyBatisGateEventRepository station = stations.get(i % 2);
                Instant seenAt = T0.plusMillis(i * 10L);
                attempts.add(threads.submit(() -> {
                    go.await();
                    return station.recordMovement(ada.id(), "gate-" + station.hashCode(), presence -> engine.movementOf(ada, presence, CameraMode.TOGGLE, seenAt)
                            .map(d -> new GateEvent(null, ada.id(), "gate-" + station.hashCode(), d.direction(), d.decision(), 0.7, seenAt)));
                }));
            }
            go.countDown();
            int recorded = 0;
            for (Future<Optional<GateEvent>> attempt : attempts) {
                recorded += attempt.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
            }
            assertEquals(1, recorded);
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, events.count(EventLogQuery.newestFirst("", 10)));
        assertEquals(Direction.IN, events.log(EventLogQuery.newestFirst("", 1)).get(0).direction());

        Optional<GateEvent> later = events.recordMovement(ada.id(), "gate-1", presence -> engine.movementOf(ada, presence, CameraMode.TOGGLE,
                T0.plusSeconds(61)).map(d -> new GateEvent(null, ada.id(), "gate-1", d.direction(), d.decision(), 0.7, T0.plusSeconds(61))));
        assertEquals(Direction.OUT, later.orElseThrow().direction());
    }

    @Test
    void anAlertKeepsItsSnapshot() {
        byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, 1, 2, 3, (byte) 0xFF, (byte) 0xD9 };
        GateEvent stranger = events.record(new GateEvent(null, null, "gate-1", null, Decision.UNKNOWN_FACE, 0.1, T0), jpeg);
        GateEvent plain = events.record(new GateEvent(null, null, "gate-1", null, Decision.UNKNOWN_FACE, 0.1, T0));
        assertArrayEquals(jpeg, events.snapshot(stranger.id()).orElseThrow());
        assertEquals(Optional.empty(), events.snapshot(plain.id()));
    }

    @Test
    void aMovementMustBelongToTheLockedPerson() {
        Person ada = store("E-1", "Ada Lovelace", PersonCategory.EMPLOYEE);
        Person bob = store("E-2", "Bob Moog", PersonCategory.EMPLOYEE);
        assertThrows(IllegalArgumentException.class, () -> events.recordMovement(ada.id(), "gate-1",
                presence -> Optional.of(GateEvent.admitted(bob.id(), "gate-1", Direction.IN, T0))));
        assertEquals(0, events.count(EventLogQuery.newestFirst("", 10)));
    }

    private static List<String> names(List<Person> people) {
        return people.stream().map(Person::name).toList();
    }
}
