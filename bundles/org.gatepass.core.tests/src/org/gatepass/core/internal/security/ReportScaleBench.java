package org.gatepass.core.internal.security;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;

import org.gatepass.core.security.Actor;
import org.gatepass.core.report.ReportPlace;
import org.gatepass.core.report.ReportQuery;
import org.gatepass.persistence.testing.StationStorage;
import org.gatepass.persistence.testing.TestSchemas;
import org.junit.jupiter.api.Test;

/**
 * The reports on 1,000,000 stored movements of 1,000 persons and 100,000 unknown faces over 24 days, on the embedded database and on
 * MySQL/MariaDB, printed, not asserted (docs/performance.md). The rows are made by the database from a table of
 * numbers, in one statement. Its name keeps it out of the test runs; the {@code bench-reports} profile runs it.
 */
class ReportScaleBench {
    private static final int EVENTS = 1_000_000;
    private static final ZoneId ZONE = ZoneId.of("UTC");
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);

    @Test
    void reportsOnAMillionEvents() throws Exception {
        measure("H2 (embedded)", StationStorage.open(TestSchemas.h2Url(Files.createTempDirectory("gatepass-report-bench-")), ""));
        String schema = TestSchemas.newSchemaName();
        try {
            measure("MariaDB", StationStorage.open(TestSchemas.createMysql(schema), TestSchemas.mysqlUser()));
        } finally {
            TestSchemas.dropMysql(schema);
        }
    }

    private static void measure(String database, StationStorage storage) {
        try (storage) {
            ServiceStation station = new ServiceStation(storage);
            Actor chief = station.operators.createFirstAdministrator("chief", "Chief", "a long enough secret".toCharArray(), "bench");
            long filled = System.nanoTime();
            fill(storage);
            System.out.printf("REPORT BENCH %s: %,d movements stored in %.1f s%n", database, EVENTS, (System.nanoTime() - filled) / 1e9);
            report(database, "attendance, 1 day", () -> station.reports.attendance(chief, query(0)).size());
            report(database, "attendance, 7 days", () -> station.reports.attendance(chief, query(6)).size());
            report(database, "attendance, 24 days (all)", () -> station.reports.attendance(chief, query(23)).size());
            report(database, "movements per hour, 7 days", () -> station.reports.movementsPerHour(chief, query(6)).size());
            report(database, "attendance, 7 days, one camera", () -> station.reports.attendance(chief,
                    new ReportQuery(FIRST, FIRST.plusDays(6), ZONE, Set.of(), ReportPlace.camera("gate-1"))).size());
            long someone = station.persons.search(chief, "Bench person 500", 1).get(0).id();
            report(database, "history of one person, 24 days", () -> station.reports.history(chief, someone, query(23)).size());
            report(database, "presence at a moment (day 12, noon)", () -> station.reports.presentAt(chief,
                    FIRST.plusDays(11).atTime(12, 0).atZone(ZONE).toInstant(), Set.of(), null).size());
            report(database, "alerts per day, 24 days", () -> station.reports.alertsPerDay(chief, query(23)).size());
        }
    }

    private static ReportQuery query(int extraDays) {
        return new ReportQuery(FIRST, FIRST.plusDays(extraDays), ZONE, Set.of(), null);
    }

    /**
     * 1,000 persons, then 1,000,000 movements two seconds apart, In and Out in turn, over four cameras; and 100,000
     * unknown faces 20 seconds apart.
     */
    private static void fill(StationStorage storage) {
        storage.executeSql("CREATE TABLE bench_n (n INT PRIMARY KEY)");
        StringJoiner values = new StringJoiner(",", "INSERT INTO bench_n (n) VALUES ", "");
        for (int i = 0; i < 1000; i++) {
            values.add("(" + i + ")");
        }
        storage.executeSql(values.toString());
        storage.executeSql("INSERT INTO person (name, category, status, created_at, updated_at) SELECT CONCAT('Bench person ', n), "
                + "CASE MOD(n, 4) WHEN 0 THEN 'EMPLOYEE' WHEN 1 THEN 'STUDENT' WHEN 2 THEN 'VISITOR' ELSE 'CONTRACTOR' END, 'ACTIVE', "
                + "'2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000' FROM bench_n");
        storage.executeSql("INSERT INTO gate_event (person_id, camera_id, direction, decision, score, occurred_at) "
                + "SELECT (SELECT MIN(id) FROM person) + MOD(a.n * 1000 + b.n, 1000), CONCAT('gate-', MOD(b.n, 4)), "
                + "CASE WHEN MOD(a.n, 2) = 0 THEN 'IN' ELSE 'OUT' END, 'ADMITTED', 0.9, "
                + "TIMESTAMPADD(SECOND, 2 * (a.n * 1000 + b.n), TIMESTAMP '2026-01-01 00:00:00') FROM bench_n a CROSS JOIN bench_n b");
        storage.executeSql("INSERT INTO gate_event (person_id, camera_id, direction, decision, score, occurred_at) "
                + "SELECT NULL, CONCAT('gate-', MOD(b.n, 4)), NULL, 'UNKNOWN_FACE', 0.1, "
                + "TIMESTAMPADD(SECOND, 20 * (a.n * 1000 + b.n) + 1, TIMESTAMP '2026-01-01 00:00:00') FROM bench_n a CROSS JOIN bench_n b WHERE a.n < 100");
        storage.executeSql("DROP TABLE bench_n");
    }

    private static void report(String database, String what, Supplier<Integer> run) {
        run.get();
        long[] millis = new long[3];
        int rows = 0;
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            rows = run.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("REPORT BENCH %s: %s: %d rows, median %d ms (of %s)%n", database, what, rows, millis[1], List.of(millis[0], millis[1], millis[2]));
    }
}
