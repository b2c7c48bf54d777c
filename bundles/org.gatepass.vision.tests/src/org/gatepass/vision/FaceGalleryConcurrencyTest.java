package org.gatepass.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Searches from several camera threads while people are enrolled and removed: no search fails, waits for the writer, or sees a torn gallery. */
class FaceGalleryConcurrencyTest {
    private static final int DIMENSION = 512;
    private static final int INITIAL = 40_000;
    private static final int ENROLLED_WHILE_SEARCHING = 10_000;
    private static final int SEARCHERS = 3;
    /** Only a guard against a hang; progress, not speed, is what is asserted. */
    private static final long HANG_GUARD_SECONDS = 120;

    private final Random random = new Random(7);

    @Test
    void searchesKeepCompletingWhileTenThousandPeopleAreEnrolledAndSomeRemoved() throws Exception {
        FaceGallery gallery = new FaceGallery("m", DIMENSION);
        List<Embedding> anchors = new ArrayList<>();
        for (int p = 0; p < INITIAL; p++) {
            Embedding template = randomEmbedding();
            gallery.add(p, template);
            if (p % 10_000 == 0) {
                anchors.add(template);
            }
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong searches = new AtomicLong();
        ExecutorService cameras = Executors.newFixedThreadPool(SEARCHERS);
        try {
            List<Future<?>> searchers = new ArrayList<>();
            for (int s = 0; s < SEARCHERS; s++) {
                searchers.add(cameras.submit(() -> {
                    while (writing.get()) {
                        for (int a = 0; a < anchors.size(); a++) {
                            assertConsistent(gallery.nearest(anchors.get(a), 3), a * 10_000L);
                            searches.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            int removed = 0;
            for (int p = 0; p < ENROLLED_WHILE_SEARCHING; p++) {
                gallery.add(1_000_000 + p, randomEmbedding());
                if (p % 100 == 99) {
                    assertEquals(1, gallery.removePerson(1_000_000 + p - 50));
                    assertEquals(1, gallery.removePerson(p * 3 + 1), "one of the first people, never an anchor");
                    removed += 2;
                }
                if (p % 1_000 == 999) {
                    awaitMoreSearches(searches, searchers);
                }
            }
            writing.set(false);
            for (Future<?> searcher : searchers) {
                searcher.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            }
            assertEquals(INITIAL + ENROLLED_WHILE_SEARCHING - removed, gallery.persons());
            assertEquals(INITIAL + ENROLLED_WHILE_SEARCHING - removed, gallery.size());
        } finally {
            writing.set(false);
            cameras.shutdownNow();
        }
    }

    /** The enrolled anchor comes first with its own template's score; the others are distinct and worse. */
    private static void assertConsistent(List<Candidate> nearest, long anchor) {
        assertEquals(3, nearest.size(), nearest.toString());
        assertEquals(anchor, nearest.get(0).personId(), nearest.toString());
        assertTrue(nearest.get(0).score() > 0.99f, nearest.toString());
        assertEquals(3, new HashSet<>(nearest.stream().map(Candidate::personId).toList()).size(), nearest.toString());
        assertTrue(nearest.get(0).score() >= nearest.get(1).score() && nearest.get(1).score() >= nearest.get(2).score(), nearest.toString());
    }

    /** Writing pauses until every searcher has completed searches meanwhile: searches progress while the gallery changes. */
    private static void awaitMoreSearches(AtomicLong searches, List<Future<?>> searchers) throws Exception {
        long before = searches.get();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG_GUARD_SECONDS);
        while (searches.get() < before + 2L * SEARCHERS && System.nanoTime() < deadline) {
            for (Future<?> searcher : searchers) {
                if (searcher.isDone()) {
                    searcher.get(); // a failed search ends the test with its assertion
                }
            }
            Thread.sleep(1);
        }
        assertTrue(searches.get() >= before + 2L * SEARCHERS, "searches stopped completing while the gallery changed");
    }

    private Embedding randomEmbedding() {
        float[] v = new float[DIMENSION];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return new Embedding("m", v);
    }
}
