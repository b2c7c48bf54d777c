package org.gatepass.benchmarks;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.gatepass.core.event.Direction;
import org.gatepass.core.event.GateEvent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Events recorded per second by one thread on top of the seeded log, each in its own transaction with the
 * presence update, as the gate writes them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
// More iterations than the queries: commit times swing with the databases' background flushing.
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class RecordBenchmark {
    private long recorded;

    @Benchmark
    public GateEvent record(SeededLog log) {
        int people = log.personIds.size();
        int person = (int) (recorded % people);
        // Each pass over everyone flips the direction, so every person alternates IN and OUT as at a real gate.
        Direction direction = (recorded / people) % 2 == 0 ? Direction.OUT : Direction.IN;
        Instant at = AttendanceData.START.plus(AttendanceData.SPAN).plusMillis(recorded);
        String camera = AttendanceData.CAMERAS.get((int) (recorded % AttendanceData.CAMERAS.size()));
        recorded++;
        return log.events.record(GateEvent.admitted(log.personIds.get(person), camera, direction, at));
    }
}
