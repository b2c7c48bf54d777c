package org.gatepass.vision.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sets of {@link FaceModels} for concurrent callers. OpenCV's networks are not thread-safe, so each call
 * borrows a set of its own; sets are made on first need, up to a limit, so a single camera costs one set.
 * When all are busy, callers wait and are served in the order they came: with several cameras and fewer
 * sets, each camera gets its turn and none starves, unlike a plain lock, which lets the thread that just
 * released it take it again.
 */
final class FaceModelPool {
    private final Supplier<FaceModels> factory;
    private final int limit;
    private final AtomicInteger created = new AtomicInteger();
    private final BlockingQueue<FaceModels> idle;
    /** The first set, kept for questions about the models (their ids and settings are the same in every set). */
    private final FaceModels first;

    /** @param limit how many sets at most, at least 1 */
    FaceModelPool(Supplier<FaceModels> factory, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A pool needs room for at least one set of models, not " + limit);
        }
        this.factory = factory;
        this.limit = limit;
        this.idle = new ArrayBlockingQueue<>(limit, true);
        this.first = factory.get();
        created.set(1);
        idle.add(first);
    }

    FaceModels first() {
        return first;
    }

    int limit() {
        return limit;
    }

    /** How many sets exist now. */
    int created() {
        return created.get();
    }

    /** Runs {@code work} with a set nobody else uses meanwhile. */
    <T> T apply(Function<FaceModels, T> work) {
        FaceModels models = borrow();
        try {
            return work.apply(models);
        } finally {
            idle.add(models);
        }
    }

    private FaceModels borrow() {
        if (idle.isEmpty()) {
            int count = created.get();
            while (count < limit) {
                if (created.compareAndSet(count, count + 1)) {
                    try {
                        return factory.get();
                    } catch (RuntimeException | Error e) {
                        created.decrementAndGet();
                        throw e;
                    }
                }
                count = created.get();
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for face models", e);
        }
    }
}
