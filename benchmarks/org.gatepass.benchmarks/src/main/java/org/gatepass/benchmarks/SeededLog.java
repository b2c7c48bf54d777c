package org.gatepass.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import liquibase.ui.LoggerUIService;

import org.gatepass.persistence.internal.MyBatisGateEventRepository;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The attendance log of {@link AttendanceData} on a fresh database of the given engine, seeded once per trial. */
@State(Scope.Benchmark)
public class SeededLog {
    // Held so the level sticks: java.util.logging keeps loggers only weakly.
    private static final Logger LIQUIBASE = Logger.getLogger("liquibase");

    @Param({FreshDatabase.H2, FreshDatabase.MARIADB})
    public String engine;

    private FreshDatabase fresh;
    MyBatisGateEventRepository events;
    List<Long> personIds;

    @Setup
    public void seed() throws Exception {
        LIQUIBASE.setLevel(Level.WARNING);
        fresh = FreshDatabase.open(engine);
        // The first use migrates the schema; Liquibase would print every changeset and a summary into JMH's report.
        Map<String, Object> quietMigrations = Map.of(liquibase.Scope.Attr.ui.name(), new LoggerUIService(),
                "liquibase.command.showSummaryOutput", "LOG");
        liquibase.Scope.child(quietMigrations, () -> personIds = AttendanceData.seed(fresh.database()));
        // Closing the pooled connections makes H2 write out and compact the bulk load now, not in the background
        // of the first measurements; the next call reopens the database as a restarted workstation would.
        fresh.database().close();
        events = new MyBatisGateEventRepository(fresh.database());
    }

    @TearDown
    public void drop() throws Exception {
        fresh.close();
    }
}
