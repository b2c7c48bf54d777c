package org.gatepass.vision;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One search over the segments of a snapshot, shared by the calling thread and helper threads of one
 * pool for all galleries. Each thread claims the next unscanned segment until none is left, so the
 * caller never waits for a helper that has not started (helpers busy with other cameras' searches
 * simply leave the work to the caller) and searches from several cameras at once all progress.
 */
final class SegmentScan {
    /** Below this many segments handing work to another thread costs more than it saves. */
    private static final int MIN_SEGMENTS_TO_SHARE = 16;
    private static final int HELPERS = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);
    private static final ExecutorService POOL = helperPool();

    private final List<GallerySegment> segments;
    private final QuantisedVector probe;
    private final int count;
    private final AtomicInteger nextSegment = new AtomicInteger();
    private final CountDownLatch scanned;
    private final NearestPersons nearest;

    private SegmentScan(List<GallerySegment> segments, QuantisedVector probe, int count) {
        this.segments = segments;
        this.probe = probe;
        this.count = count;
        this.scanned = new CountDownLatch(segments.size());
        this.nearest = new NearestPersons(count);
    }

    static List<Candidate> nearest(List<GallerySegment> segments, QuantisedVector probe, int count) {
        SegmentScan scan = new SegmentScan(segments, probe, count);
        if (segments.size() >= MIN_SEGMENTS_TO_SHARE) {
            for (int h = 0; h < HELPERS; h++) {
                POOL.execute(scan::scanUnclaimed);
            }
        }
        scan.scanUnclaimed();
        scan.awaitHelpers();
        synchronized (scan) {
            return scan.nearest.toList();
        }
    }

    private void scanUnclaimed() {
        NearestPersons local = new NearestPersons(count);
        int claimed = 0;
        try {
            for (int s = nextSegment.getAndIncrement(); s < segments.size(); s = nextSegment.getAndIncrement()) {
                claimed++;
                segments.get(s).search(probe, local);
            }
        } finally {
            synchronized (this) {
                nearest.offerAll(local);
            }
            for (int i = 0; i < claimed; i++) {
                scanned.countDown();
            }
        }
    }

    /** Waits only for segments helpers have claimed, a few milliseconds; an interrupt is kept for the caller. */
    private void awaitHelpers() {
        boolean interrupted = false;
        while (true) {
            try {
                scanned.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Daemon threads that end after a minute without searches, so a stopped bundle leaves none behind. */
    private static ExecutorService helperPool() {
        AtomicInteger number = new AtomicInteger();
        ThreadFactory named = task -> {
            Thread thread = new Thread(task, "face-gallery-search-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(Math.max(1, HELPERS), Math.max(1, HELPERS), 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(), named);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
