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
import org.gatepass.core.biometric.Consent;
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
    void aPersonsConsentsKeepTheirHistoryWithOneInForceAtMost() {
        MyBatisConsentRepository consents = new MyBatisConsentRepository(database());
        Person ada = store("E-1", "Ada Lovelace", PersonCategory.EMPLOYEE);
        Person bob = store("E-2", "Bob Moog", PersonCategory.EMPLOYEE);
        assertEquals(Optional.empty(), consents.inForce(ada.id()));
        assertFalse(consents.withdraw(ada.id(), "chief", T0), "nothing to withdraw");

        Consent first = consents.insert(Consent.given(ada.id(), "Zoë agrees: \"yes\" \\ 100%", "chief", T0));
        assertEquals(Optional.of(first), consents.inForce(ada.id()));
        Consent second = consents.insert(Consent.given(ada.id(), "Reworded", "desk", T0.plusSeconds(60)));
        assertEquals(Optional.of(second), consents.inForce(ada.id()), "the newer replaces the one in force");
        assertEquals(Optional.empty(), consents.inForce(bob.id()), "another person's is theirs");
        assertTrue(consents.withdraw(ada.id(), "chief", T0.plusSeconds(120)));
        assertEquals(Optional.empty(), consents.inForce(ada.id()));
        List<Consent> history = consents.history(ada.id());
        assertEquals(List.of(first.text(), "Reworded"), history.stream().map(Consent::text).toList());
        assertEquals(List.of(T0.plusSeconds(60), T0.plusSeconds(120)), history.stream().map(Consent::withdrawnAt).toList());
        assertEquals(List.of("desk", "chief"), history.stream().map(Consent::withdrawnBy).toList());
        assertThrows(IllegalArgumentException.class, () -> consents.insert(history.get(0)), "only a consent just given is stored");
    }

    /**
     * Issue 12's judged erasure, on every database: nothing of the person is left (template, consent, pictures, the
     * unknown face they were before being named, pass, presence, notifications queued or not); their events stay,
     * naming nobody; another person's data is untouched.
     */
    @Test
    void erasingAPersonLeavesNothingOfThemAndTheirEventsNameNobody() throws Exception {
        Person ada = store("E-1", "Ada Lovelace", PersonCategory.EMPLOYEE);
        Person bob = store("E-2", "Bob Moog", PersonCategory.EMPLOYEE);
        MyBatisFaceTemplateRepository templates = new MyBatisFaceTemplateRepository(database(), FaceTemplateContract.randomKeyCipher());
        MyBatisConsentRepository consents = new MyBatisConsentRepository(database());
        for (Person person : List.of(ada, bob)) {
            consents.insert(Consent.given(person.id(), "I agree", "chief", T0));
            templates.add(new org.gatepass.core.biometric.FaceTemplate(null, person.id(), "m", new float[] { 0.6f, 0.8f }, T0));
            GateEvent alert = events.record(new GateEvent(null, person.id(), "cam", null, Decision.BLOCKED_PERSON, 0.9, T0.plusSeconds(5)), new byte[] { 1 });
            outbox(alert.id(), person.name() + "@example.org");
        }
        GateEvent unknown = events.record(new GateEvent(null, null, "cam", null, Decision.UNKNOWN_FACE, null, T0.plusSeconds(1)), new byte[] { 2 });
        MyBatisStrangerRepository strangers = new MyBatisStrangerRepository(database());
        long stranger = strangers.create(unknown.id(), "m", new float[] { 0.6f, 0.8f }, "cam", T0.plusSeconds(1));
        assertTrue(strangers.name(stranger, ada.id(), "chief", T0.plusSeconds(2)));
        events.record(GateEvent.admitted(ada.id(), "cam", Direction.IN, T0.plusSeconds(3)));
        events.recordMovement(ada.id(), "cam", presence -> Optional.of(GateEvent.admitted(ada.id(), "cam", Direction.OUT, T0.plusSeconds(10))));
        new MyBatisPassRepository(database()).insert(org.gatepass.core.pass.VisitorPass.newPass(ada.id(), "Meeting", T0, T0.plusSeconds(3600),
                List.of()), T0, "reception");
        long eventsBefore = count("SELECT COUNT(*) FROM gate_event");

        MyBatisPersonErasure erasure = new MyBatisPersonErasure(database());
        assertEquals(new org.gatepass.core.storage.PersonErasure.Erased(1, 2, 1, 1, 1, 3), erasure.erase(ada.id()));

        String of = " WHERE person_id = " + ada.id();
        for (String left : List.of("SELECT COUNT(*) FROM person WHERE id = " + ada.id(), "SELECT COUNT(*) FROM face_template" + of,
                "SELECT COUNT(*) FROM person_consent" + of, "SELECT COUNT(*) FROM visitor_pass" + of, "SELECT COUNT(*) FROM presence" + of,
                "SELECT COUNT(*) FROM gate_event" + of, "SELECT COUNT(*) FROM stranger", "SELECT COUNT(*) FROM event_snapshot WHERE event_id = " + unknown.id(),
                "SELECT COUNT(*) FROM notification_outbox WHERE recipient LIKE 'Ada%'")) {
            assertEquals(0, count(left), left);
        }
        assertEquals(eventsBefore, count("SELECT COUNT(*) FROM gate_event"), "the events stay for the counts");
        assertEquals(1, count("SELECT COUNT(*) FROM event_snapshot"), "Bob's picture stays");
        assertEquals(1, count("SELECT COUNT(*) FROM notification_outbox WHERE recipient LIKE 'Bob%'"));
        assertEquals(List.of(bob.id()), templates.forModel("m").templates().stream().map(t -> t.personId()).toList());
        assertTrue(consents.inForce(bob.id()).isPresent());
        assertThrows(IllegalArgumentException.class, () -> erasure.erase(ada.id()), "erased already");
    }

    /** Each kind of data goes once older than its own period; what is newer, and kinds kept for ever, stay. */
    @Test
    void retentionDeletesWhatIsOlderThanEachPeriodAndNothingElse() {
        Person ada = store("E-1", "Ada Lovelace", PersonCategory.EMPLOYEE);
        Instant recent = T0.plus(200, ChronoUnit.DAYS);
        Instant cut = T0.plus(150, ChronoUnit.DAYS);
        MyBatisStrangerRepository strangers = new MyBatisStrangerRepository(database());
        events.record(GateEvent.admitted(ada.id(), "cam", Direction.IN, T0));
        GateEvent oldAlert = events.record(new GateEvent(null, ada.id(), "cam", null, Decision.BLOCKED_PERSON, 0.9, T0.plusSeconds(1)), new byte[] { 1 });
        outbox(oldAlert.id(), "desk@example.org", T0.plusSeconds(2));
        GateEvent oldStranger = events.record(new GateEvent(null, null, "cam", null, Decision.UNKNOWN_FACE, null, T0.plusSeconds(3)), new byte[] { 2 });
        strangers.create(oldStranger.id(), "m", new float[] { 0.6f, 0.8f }, "cam", T0.plusSeconds(3));
        events.record(new GateEvent(null, ada.id(), "cam", null, Decision.BLOCKED_PERSON, 0.9, T0.plus(100, ChronoUnit.DAYS)), new byte[] { 3 });
        events.record(GateEvent.admitted(ada.id(), "cam", Direction.OUT, recent));
        GateEvent newAlert = events.record(new GateEvent(null, ada.id(), "cam", null, Decision.BLOCKED_PERSON, 0.9, recent), new byte[] { 4 });
        outbox(newAlert.id(), "desk@example.org");
        GateEvent newStranger = events.record(new GateEvent(null, null, "cam", null, Decision.UNKNOWN_FACE, null, recent), new byte[] { 5 });
        strangers.create(newStranger.id(), "m", new float[] { 0.8f, 0.6f }, "cam", recent);
        MyBatisRetentionPurge retention = new MyBatisRetentionPurge(database());

        assertEquals(new org.gatepass.core.storage.RetentionPurge.Purged(0, 3, 1, 1, 1), retention.purge(null, cut, cut, cut),
                "pictures before the cut, the old unknown face and its stranger, the delivered notification");
        assertEquals(6, count("SELECT COUNT(*) FROM gate_event"), "events are kept for ever here");
        assertEquals(2, count("SELECT COUNT(*) FROM event_snapshot"));
        assertEquals(1, count("SELECT COUNT(*) FROM stranger"));
        assertEquals(1, count("SELECT COUNT(*) FROM notification_outbox WHERE status = 'PENDING'"));

        assertEquals(new org.gatepass.core.storage.RetentionPurge.Purged(3, 0, 0, 0, 0), retention.purge(cut, null, null, null));
        assertEquals(3, count("SELECT COUNT(*) FROM gate_event"), "the recent movement, alert and unknown face");
        assertTrue(retention.purge(cut, cut, cut, cut).isEmpty(), "a second run finds nothing older");
        assertTrue(retention.purge(null, null, null, null).isEmpty());
        assertEquals(2, count("SELECT COUNT(*) FROM event_snapshot"));
    }

    private void outbox(long eventId, String recipient) {
        outbox(eventId, recipient, null);
    }

    /** A notification row of the event, delivered at {@code delivered} or pending when it is null. */
    private void outbox(long eventId, String recipient, Instant delivered) {
        database().write(session -> {
            try (var insert = session.getConnection().prepareStatement("INSERT INTO notification_outbox (event_id, notifier, recipient_role,"
                    + " recipient, idempotency_key, status, attempts, next_attempt_at, created_at, delivered_at)"
                    + " VALUES (?, 'email', 'PERSON', ?, ?, ?, 0, ?, ?, ?)")) {
                insert.setLong(1, eventId);
                insert.setString(2, recipient);
                insert.setString(3, "test-" + eventId);
                insert.setString(4, delivered == null ? "PENDING" : "DELIVERED");
                insert.setTimestamp(5, java.sql.Timestamp.from(T0));
                insert.setTimestamp(6, java.sql.Timestamp.from(T0));
                insert.setTimestamp(7, delivered == null ? null : java.sql.Timestamp.from(delivered));
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    private long count(String sql) {
        return database().read(session -> {
            try (var statement = session.getConnection().createStatement(); var rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
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
