package org.gatepass.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.event.EventLogQuery;
import org.gatepass.core.event.EventLogSort;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the attendance log view asks of the repository: the row count when it opens or the filter changes,
 * pages of 200 rows as the operator scrolls or sorts, and the newest id once a second. Sample mode gives
 * the mean and the percentiles of single calls, which is what the operator waits for.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class AttendanceLogBenchmark {
    private static final int PAGE = 200;
    private static final EventLogQuery NEWEST = EventLogQuery.newestFirst("", PAGE);

    @Benchmark
    public int countAll(SeededLog log) {
        return log.events.count(NEWEST);
    }

    @Benchmark
    public int countFiltered(SeededLog log, NameFilter filter) {
        return log.events.count(EventLogQuery.newestFirst(filter.text, PAGE));
    }

    @Benchmark
    public List<EventLogEntry> firstPageNewest(SeededLog log) {
        return log.events.log(NEWEST);
    }

    /** Scrolled to the end: the last 200 of 100,000 rows. */
    @Benchmark
    public List<EventLogEntry> lastPageNewest(SeededLog log) {
        return log.events.log(NEWEST.page(AttendanceData.EVENTS - PAGE, PAGE));
    }

    @Benchmark
    public List<EventLogEntry> firstPageByName(SeededLog log) {
        return log.events.log(new EventLogQuery("", EventLogSort.NAME, true, 0, PAGE));
    }

    @Benchmark
    public List<EventLogEntry> firstPageByCamera(SeededLog log) {
        return log.events.log(new EventLogQuery("", EventLogSort.CAMERA, true, 0, PAGE));
    }

    @Benchmark
    public List<EventLogEntry> firstPageFiltered(SeededLog log, NameFilter filter) {
        return log.events.log(EventLogQuery.newestFirst(filter.text, PAGE));
    }

    @Benchmark
    public long latestId(SeededLog log) {
        return log.events.latestId();
    }
}
