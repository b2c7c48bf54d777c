package org.gatepass.vision;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The enrolled templates of one embedding model, searched 1:N by cosine similarity. A person may
 * have several templates; the best one counts. Templates live in one contiguous array of unit
 * vectors, so a search is a run of dot products over memory read once: about 15 ms for 100,000
 * 512-d templates on 2 cores, bound by memory bandwidth (see docs/performance.md).
 * <p>
 * Thread-safe: searches run concurrently, enrolment changes wait for them.
 */
public final class FaceGallery {
    private final String modelId;
    private final int dimension;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private float[] vectors = new float[0];
    private long[] personIds = new long[0];
    private int size;

    public FaceGallery(String modelId, int dimension) {
        if (dimension <= 0) {
            throw new IllegalArgumentException("The dimension is positive, not " + dimension);
        }
        this.modelId = modelId;
        this.dimension = dimension;
    }

    public String modelId() {
        return modelId;
    }

    public int size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    public void add(long personId, Embedding template) {
        if (personId < 0) {
            throw new IllegalArgumentException("Person ids are not negative: " + personId);
        }
        template.requireComparable(modelId, dimension);
        lock.writeLock().lock();
        try {
            if (size == personIds.length) {
                int capacity = Math.max(16, size * 2);
                personIds = Arrays.copyOf(personIds, capacity);
                vectors = Arrays.copyOf(vectors, capacity * dimension);
            }
            template.copyTo(vectors, size * dimension);
            personIds[size++] = personId;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes every template of the person and says how many there were. */
    public int removePerson(long personId) {
        lock.writeLock().lock();
        try {
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (personIds[i] != personId) {
                    if (kept != i) {
                        personIds[kept] = personIds[i];
                        System.arraycopy(vectors, i * dimension, vectors, kept * dimension, dimension);
                    }
                    kept++;
                }
            }
            int removed = size - kept;
            size = kept;
            return removed;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** How many different people have templates here. */
    public int persons() {
        lock.readLock().lock();
        try {
            return (int) Arrays.stream(personIds, 0, size).distinct().count();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The {@code count} enrolled persons most similar to the probe, best first; a person's score is that of
     * their best template. Empty when nobody is enrolled.
     */
    public List<Candidate> nearest(Embedding probe, int count) {
        probe.requireComparable(modelId, dimension);
        float[] query = probe.vector();
        lock.readLock().lock();
        try {
            Map<Long, Float> best = new HashMap<>();
            for (int t = 0, offset = 0; t < size; t++, offset += dimension) {
                best.merge(personIds[t], dot(vectors, offset, query), Math::max);
            }
            return best.entrySet().stream().map(e -> new Candidate(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingDouble(Candidate::score).reversed()).limit(count).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Eight independent sums let the CPU overlap the multiply-adds instead of waiting on one chain. */
    private static float dot(float[] templates, int offset, float[] query) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int unrolled = query.length & ~7;
        for (int i = 0, o = offset; i < unrolled; i += 8, o += 8) {
            s0 += templates[o] * query[i];
            s1 += templates[o + 1] * query[i + 1];
            s2 += templates[o + 2] * query[i + 2];
            s3 += templates[o + 3] * query[i + 3];
            s4 += templates[o + 4] * query[i + 4];
            s5 += templates[o + 5] * query[i + 5];
            s6 += templates[o + 6] * query[i + 6];
            s7 += templates[o + 7] * query[i + 7];
        }
        for (int i = unrolled; i < query.length; i++) {
            s0 += templates[offset + i] * query[i];
        }
        return (s0 + s1) + (s2 + s3) + ((s4 + s5) + (s6 + s7));
    }
}
