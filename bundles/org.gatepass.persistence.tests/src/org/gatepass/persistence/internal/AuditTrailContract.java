package org.gatepass.persistence.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.gatepass.core.audit.AuditAction;
import org.gatepass.core.audit.AuditEntry;
import org.gatepass.core.audit.AuditQuery;
import org.gatepass.core.audit.AuditRecord;
import org.gatepass.core.audit.AuditValues;
import org.gatepass.core.audit.ChainVerification;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Operator;
import org.gatepass.core.security.Role;
import org.gatepass.core.storage.AuditTrail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit chain, transactions, operators and alert acknowledgements on a real database: a row edited, deleted or
 * inserted with plain SQL is named by the check, and stations appending at once leave one valid chain.
 */
abstract class AuditTrailContract {
    private static final Actor DESK = Actor.system("desk-test", "station-a");

    private final List<Database> opened = new ArrayList<>();
    private Station station;

    /** A database of its own for each test, so every chain starts at row 1. */
    abstract Database freshDatabase() throws Exception;

    /** One station's repositories over its own connection pool. */
    private record Station(Database database) {
        MyBatisAuditTrail audit() {
            return new MyBatisAuditTrail(database);
        }

        MyBatisTransactions transactions() {
            return new MyBatisTransactions(database);
        }

        MyBatisPersonRepository persons() {
            return new MyBatisPersonRepository(database);
        }

        MyBatisGateEventRepository events() {
            return new MyBatisGateEventRepository(database);
        }

        MyBatisOperatorRepository operators() {
            return new MyBatisOperatorRepository(database);
        }

        MyBatisAlertRepository alerts() {
            return new MyBatisAlertRepository(database);
        }

        /** Plain SQL, as anybody with access to the database could run it. */
        int executeSql(String sql) {
            return database.write(session -> {
                try (Statement statement = session.getConnection().createStatement()) {
                    return statement.executeUpdate(sql);
                } catch (SQLException e) {
                    throw new IllegalStateException(sql + ": " + e.getMessage(), e);
                }
            });
        }
    }

    @BeforeEach
    void open() throws Exception {
        station = track(freshDatabase());
    }

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    private Station track(Database database) {
        opened.add(database);
        return new Station(database);
    }

    private void appendRows(Station to, int rows) {
        for (int i = 1; i <= rows; i++) {
            to.audit().append(new AuditRecord(DESK, AuditAction.SETTINGS_CHANGE, "settings row " + i, AuditValues.of(Map.of("n", i - 1)),
                    AuditValues.of(Map.of("n", i))));
        }
    }

    @Test
    void rowsChainFromOneAndAnUntouchedChainIsIntact() {
        appendRows(station, 20);
        assertEquals(ChainVerification.intact(20), station.audit().verify());
        List<AuditEntry> newest = station.audit().find(AuditQuery.newest(3));
        assertEquals(List.of(20L, 19L, 18L), newest.stream().map(AuditEntry::seq).toList());
        assertEquals("desk-test", newest.get(0).operator());
        assertEquals("System", newest.get(0).role());
        assertEquals("station-a", newest.get(0).station());
        assertEquals("n=19", newest.get(0).before());
        assertEquals(64, newest.get(0).hash().length());
    }

    @Test
    void aRowEditedWithSqlIsNamed() {
        appendRows(station, 20);
        assertEquals(1, station.executeSql("UPDATE audit_log SET after_state = 'n=700' WHERE seq = 7"));
        ChainVerification check = station.audit().verify();
        assertEquals(7, check.firstBrokenSeq(), check.problem());
        assertEquals(6, check.rowsChecked());
        assertTrue(check.problem().contains("row 7 was changed"), check.problem());
    }

    @Test
    void gatepassAuditVerifySaysIntactOrNamesTheEditedRowWithItsExitStatus() {
        appendRows(station, 12);
        DatabaseSettings settings = station.database().settings();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, AuditCommand.verify(settings, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8)));
        assertEquals("Audit trail intact: 12 rows checked in " + settings.describe() + ".", out.toString(UTF_8).strip());

        station.executeSql("UPDATE audit_log SET before_state = 'n=0' WHERE seq = 9");
        out.reset();
        assertEquals(1, AuditCommand.verify(settings, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8)));
        assertTrue(out.toString(UTF_8).startsWith("Audit trail BROKEN at row 9: row 9 was changed after it was written"), out.toString(UTF_8));
        assertEquals("", err.toString(UTF_8));
    }

    @Test
    void anEditThatAlsoRewritesTheRowsHashBreaksTheLinkOfTheNextRow() {
        appendRows(station, 10);
        station.executeSql("UPDATE audit_log SET operator = 'someone-else', hash = '" + "a".repeat(64) + "' WHERE seq = 4");
        ChainVerification check = station.audit().verify();
        assertEquals(4, check.firstBrokenSeq(), check.problem());
    }

    @Test
    void aRowDeletedFromTheMiddleIsNamed() {
        appendRows(station, 20);
        station.executeSql("DELETE FROM audit_log WHERE seq = 7");
        ChainVerification check = station.audit().verify();
        assertEquals(7, check.firstBrokenSeq());
        assertEquals(6, check.rowsChecked());
        assertEquals("row 7 is missing: the chain jumps from row 6 to row 8", check.problem());
    }

    @Test
    void theLastRowDeletedIsNoticedThroughTheHead() {
        appendRows(station, 5);
        station.executeSql("DELETE FROM audit_log WHERE seq = 5");
        ChainVerification check = station.audit().verify();
        assertEquals(5, check.firstBrokenSeq());
        assertTrue(check.problem().contains("row 5 is missing"), check.problem());
    }

    @Test
    void aForgedRowIsNamed() {
        appendRows(station, 5);
        AuditEntry last = station.audit().find(AuditQuery.newest(1)).get(0);
        station.executeSql("INSERT INTO audit_log (seq, recorded_at, operator, role, action, subject, before_state, after_state, station, "
                + "prev_hash, hash) VALUES (6, '2026-12-04 10:00:00.000', 'chief', 'Admin', 'person.create', 'person 1', '', '', 'x', '"
                + last.hash() + "', '" + "b".repeat(64) + "')");
        ChainVerification check = station.audit().verify();
        assertEquals(6, check.firstBrokenSeq());
        assertTrue(check.problem().contains("not written by Gatepass"), check.problem());
    }

    @Test
    void twoStationsAppendingAtOnceLeaveOneValidChain() throws Exception {
        Station other = track(new Database(station.database().settings()));
        assertEquals(0, station.audit().count(AuditQuery.newest(1)));
        assertEquals(0, other.audit().count(AuditQuery.newest(1)));
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (Station writer : List.of(station, other, station, other)) {
                work.add(() -> {
                    appendRows(writer, 200);
                    return null;
                });
            }
            for (Future<Void> done : writers.invokeAll(work)) {
                done.get();
            }
        } finally {
            writers.shutdown();
        }
        assertEquals(ChainVerification.intact(800), other.audit().verify());
        List<AuditEntry> all = station.audit().find(AuditQuery.newest(1000));
        assertEquals(LongStream.rangeClosed(1, 800).boxed().toList().reversed(), all.stream().map(AuditEntry::seq).toList());
    }

    @Test
    void aCheckWhileAnotherStationAppendsFindsTheChainIntact() throws Exception {
        appendRows(station, 1);
        Station other = track(new Database(station.database().settings()));
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<?> appending = writer.submit(() -> appendRows(other, 300));
            int checks = 0;
            while (!appending.isDone() || checks == 0) {
                ChainVerification check = station.audit().verify();
                assertTrue(check.isIntact(), check.problem());
                checks++;
            }
            appending.get();
        } finally {
            writer.shutdown();
        }
        assertEquals(ChainVerification.intact(301), station.audit().verify());
    }

    @Test
    void aChainLongerThanAPageIsCheckedAcrossThePages() {
        MyBatisAuditTrail smallPages = new MyBatisAuditTrail(station.database(), Clock.systemUTC(), 7);
        appendRows(station, 30);
        assertEquals(ChainVerification.intact(30), smallPages.verify());
        station.executeSql("DELETE FROM audit_log WHERE seq = 15");
        assertEquals(new ChainVerification(14, 15, "row 15 is missing: the chain jumps from row 14 to row 16"), smallPages.verify());
    }

    @Test
    void aForgedRowNumberedBeforeTheFirstIsNamed() {
        appendRows(station, 3);
        station.executeSql("INSERT INTO audit_log (seq, recorded_at, operator, role, action, subject, before_state, after_state, station, "
                + "prev_hash, hash) VALUES (0, '2026-12-04 10:00:00.000', 'chief', 'Admin', 'person.create', 'person 1', '', '', 'x', '"
                + AuditChain.GENESIS + "', '" + "c".repeat(64) + "')");
        ChainVerification check = station.audit().verify();
        assertEquals(new ChainVerification(0, 1, "a row numbered 0 was inserted before row 1: Gatepass numbers rows from 1"), check);
    }

    @Test
    void theLastRowRewrittenWithAValidHashIsNoticedThroughTheHead() {
        appendRows(station, 6);
        AuditRow last = station.database().read(session -> session.getMapper(AuditMapper.class).chain(5, 1)).get(0);
        AuditRow forged = new AuditRow(last.seq(), last.recordedAt(), "someone-else", last.role(), last.action(), last.subject(),
                last.beforeState(), last.afterState(), last.station(), last.prevHash(), "");
        String hash = AuditChain.hash(last.prevHash(), forged);
        station.executeSql("UPDATE audit_log SET operator = 'someone-else', hash = '" + hash + "' WHERE seq = 6");
        ChainVerification check = station.audit().verify();
        assertEquals(6, check.firstBrokenSeq());
        assertTrue(check.problem().startsWith("row 6 does not match the chain's head"), check.problem());
    }

    @Test
    void longAndNonAsciiTextIsStoredToFitAndStillChains() {
        String name = "Zoë Ünal 北京 🚪 ";
        String subject = name.repeat(40);
        AuditEntry entry = station.audit().append(new AuditRecord(DESK, AuditAction.LOGIN_FAILURE, subject, "", "name=" + name));
        assertEquals(500, entry.subject().length());
        assertTrue(entry.subject().endsWith("…"), entry.subject());
        assertTrue(subject.startsWith(entry.subject().substring(0, 499)));
        AuditEntry stored = station.audit().find(AuditQuery.newest(1)).get(0);
        assertEquals(entry, stored);
        assertEquals(ChainVerification.intact(1), station.audit().verify());
    }

    @Test
    void findFiltersByOperatorActionAndTimeNewestFirst() {
        Actor guard = Actor.system("guard", "station-b");
        Instant start = Instant.parse("2026-12-04T08:00:00Z");
        for (int minute = 0; minute < 6; minute++) {
            MyBatisAuditTrail at = new MyBatisAuditTrail(station.database(), Clock.fixed(start.plusSeconds(60L * minute), ZoneOffset.UTC), 1000);
            at.append(AuditRecord.of(minute % 2 == 0 ? DESK : guard, minute < 3 ? AuditAction.LOGIN_SUCCESS : AuditAction.LOGOUT,
                    "minute " + minute));
        }
        AuditTrail audit = station.audit();
        assertEquals(List.of("minute 4", "minute 2", "minute 0"), subjects(audit.find(new AuditQuery("desk-test", null, null, null, 0, 10))));
        assertEquals(List.of("minute 5", "minute 4", "minute 3"), subjects(audit.find(new AuditQuery(null, "logout", null, null, 0, 10))));
        assertEquals(List.of("minute 3", "minute 2"), subjects(audit.find(new AuditQuery(null, null, start.plusSeconds(120),
                start.plusSeconds(240), 0, 10))));
        assertEquals(List.of("minute 4", "minute 3"), subjects(audit.find(new AuditQuery(null, null, null, null, 1, 2))));
        assertEquals(List.of("minute 5"), subjects(audit.find(new AuditQuery("guard", "logout", start.plusSeconds(300), null, 0, 10))));
        assertEquals(2, audit.count(new AuditQuery("desk-test", "login.success", null, null, 1, 1)), "offset and limit do not count");
        assertEquals(List.of(), audit.find(new AuditQuery("DESK-TEST", null, null, null, 0, 10)), "the operator matches exactly");
        assertEquals(start.plusSeconds(300), audit.find(AuditQuery.newest(1)).get(0).at());
    }

    private static List<String> subjects(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::subject).toList();
    }

    @Test
    void aTransactionThatFailsLeavesNeitherTheChangeNorItsAuditRow() {
        assertThrows(IllegalStateException.class, () -> station.transactions().inTransaction(() -> {
            station.persons().insert(Person.newPerson("Rolled Back", PersonCategory.VISITOR));
            station.transactions().inTransaction(() -> station.audit().append(AuditRecord.of(DESK, AuditAction.PERSON_CREATE,
                    "person 'Rolled Back'"))); // joins the outer transaction: nothing is committed here
            assertEquals(1, station.persons().search("Rolled Back", 5).size(), "the transaction sees its own change");
            assertEquals(1, station.audit().count(AuditQuery.newest(10)), "and its own audit row");
            throw new IllegalStateException("refused after the change");
        }));
        assertEquals(List.of(), station.persons().search("Rolled Back", 5));
        assertEquals(0, station.audit().count(AuditQuery.newest(10)));
        assertEquals(ChainVerification.intact(0), station.audit().verify());

        Person kept = station.transactions().inTransaction(() -> {
            Person p = station.persons().insert(Person.newPerson("Committed", PersonCategory.VISITOR));
            station.audit().append(AuditRecord.of(DESK, AuditAction.PERSON_CREATE, "person 'Committed'"));
            return p;
        });
        assertTrue(station.persons().findById(kept.id()).isPresent());
        assertEquals(ChainVerification.intact(1), station.audit().verify());
    }

    @Test
    void operatorsAreUniqueByNameWhateverTheCase() {
        Instant now = Instant.parse("2026-12-04T08:00:00.123Z");
        Operator stored = station.operators().insert(new Operator(0, "Marie", "Marie Curie", Role.ADMIN, true, 0, null, false, now, null),
                "$argon2id$v=19$m=8192,t=1,p=1$c2FsdA$aGFzaA");
        assertEquals("marie", stored.username());
        assertEquals(stored, station.operators().findByUsername("MARIE").orElseThrow());
        assertEquals("$argon2id$v=19$m=8192,t=1,p=1$c2FsdA$aGFzaA", station.operators().passwordHash(stored.id()).orElseThrow());
        assertThrows(RuntimeException.class, () -> station.operators().insert(
                new Operator(0, "MARIE", "Another Marie", Role.SECURITY, true, 0, null, false, now, null), "x"));

        Operator locked = new Operator(stored.id(), "marie", "Marie S. Curie", Role.RECEPTION, false, 3, now.plusSeconds(300), true, now, now);
        station.operators().update(locked);
        assertEquals(locked, station.operators().findById(stored.id()).orElseThrow());
        assertEquals(1, station.operators().count());
    }

    @Test
    void twoStationsAcknowledgingOneAlertAtOnceGetOneYesAndOneNo() throws Exception {
        Station other = track(new Database(station.database().settings()));
        List<Long> alerts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            alerts.add(station.events().record(new GateEvent(null, null, "gate-1", null, Decision.UNKNOWN_FACE, 0.1,
                    Instant.parse("2026-12-04T08:00:00Z").plusSeconds(i))).id());
        }
        assertTrue(other.alerts().acknowledgement(alerts.get(0)).isEmpty());
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService desks = Executors.newFixedThreadPool(2);
        try {
            List<Callable<List<Boolean>>> work = new ArrayList<>();
            for (Station desk : List.of(station, other)) {
                work.add(() -> {
                    List<Boolean> answers = new ArrayList<>();
                    for (long alert : alerts) {
                        together.await(30, TimeUnit.SECONDS); // the other desk failing must not hang this one
                        answers.add(desk.alerts().acknowledge(alert, 7, "guard", Instant.now(), ""));
                    }
                    return answers;
                });
            }
            List<Future<List<Boolean>>> done = desks.invokeAll(work);
            List<Boolean> first = done.get(0).get();
            List<Boolean> second = done.get(1).get();
            for (int i = 0; i < alerts.size(); i++) {
                assertTrue(first.get(i) ^ second.get(i), "alert " + i + ": " + first.get(i) + " and " + second.get(i));
            }
        } finally {
            desks.shutdown();
        }
    }

    @Test
    void theFirstAcknowledgementOfAnAlertStands() {
        long alert = station.events().record(new GateEvent(null, null, "gate-1", null, Decision.UNKNOWN_FACE, 0.1,
                Instant.parse("2026-12-04T08:00:00Z"))).id();
        Instant at = Instant.parse("2026-12-04T08:01:00.250Z");
        assertTrue(station.alerts().acknowledge(alert, 7, "guard", at, "stranger left"));
        assertFalse(station.alerts().acknowledge(alert, 8, "chief", at.plusSeconds(5), "seen too"));
        var ack = station.alerts().acknowledgement(alert).orElseThrow();
        assertEquals("guard", ack.operatorName());
        assertEquals(at, ack.at());
        assertEquals(Decision.UNKNOWN_FACE, station.events().find(alert).orElseThrow().decision());
        assertFalse(station.alerts().acknowledge(987_654L, 7, "guard", at, ""), "no such event");
        assertTrue(station.events().find(987_654L).isEmpty());
    }
}
