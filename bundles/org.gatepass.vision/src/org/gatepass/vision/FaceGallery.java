package org.gatepass.vision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The enrolled templates of one embedding model, searched 1:N by cosine similarity. A person may have
 * several templates; their best one counts.
 * <p>
 * Templates are kept as signed bytes with one scale each ({@link QuantisedVector}): scores are within
 * 0.0023 of the exact cosine for 512-d vectors (largest error measured). A search scans every
 * template, split over the cores; it is compute-bound, 3-5 ms per 10,000 templates of 512-d on this
 * project's 2-core machine, so 1,000,000 take 300-450 ms (figures, the command and the faster kernel
 * this needs for 50 ms in docs/performance.md).
 * <p>
 * Thread-safe without blocking searches: a search runs on an immutable snapshot read from a volatile
 * field. Changes are serialised among themselves and publish a new snapshot; an addition writes one slot
 * of the newest segment, a removal copies only the segments holding the person's templates.
 */
public final class FaceGallery {
    private final String modelId;
    private final int dimension;
    private final ReentrantLock changes = new ReentrantLock();
    /** Templates per enrolled person; read and written only under {@link #changes}. */
    private final Map<Long, Integer> templatesPerPerson = new HashMap<>();
    private volatile Snapshot snapshot;

    /** What a search sees: segments that are no longer appended to, the newest one and the counts. */
    private record Snapshot(GallerySegment[] older, GallerySegment newest, int templates, int persons) {

        List<GallerySegment> segments() {
            List<GallerySegment> all = new ArrayList<>(older.length + 1);
            all.addAll(Arrays.asList(older));
            all.add(newest);
            return all;
        }
    }

    public FaceGallery(String modelId, int dimension) {
        if (dimension <= 0) {
            throw new IllegalArgumentException("The dimension is positive, not " + dimension);
        }
        this.modelId = modelId;
        this.dimension = dimension;
        this.snapshot = new Snapshot(new GallerySegment[0], GallerySegment.empty(dimension), 0, 0);
    }

    public String modelId() {
        return modelId;
    }

    /** Number of templates. */
    public int size() {
        return snapshot.templates();
    }

    /** Number of distinct persons with at least one template. */
    public int persons() {
        return snapshot.persons();
    }

    public void add(long personId, Embedding template) {
        if (personId < 0) {
            throw new IllegalArgumentException("Person ids are not negative: " + personId);
        }
        template.requireComparable(modelId, dimension);
        QuantisedVector codes = QuantisedVector.of(template.vector());
        changes.lock();
        try {
            Snapshot current = snapshot;
            GallerySegment[] older = current.older();
            GallerySegment newest = current.newest();
            if (newest.full()) {
                older = Arrays.copyOf(older, older.length + 1);
                older[older.length - 1] = newest;
                newest = GallerySegment.empty(dimension);
            }
            boolean newPerson = templatesPerPerson.merge(personId, 1, Integer::sum) == 1;
            snapshot = new Snapshot(older, newest.append(personId, codes), current.templates() + 1,
                    current.persons() + (newPerson ? 1 : 0));
        } finally {
            changes.unlock();
        }
    }

    /** Removes every template of the person and says how many there were. */
    public int removePerson(long personId) {
        changes.lock();
        try {
            Integer removed = templatesPerPerson.remove(personId);
            if (removed == null) {
                return 0;
            }
            Snapshot current = snapshot;
            List<GallerySegment> older = new ArrayList<>(current.older().length);
            for (GallerySegment segment : current.older()) {
                GallerySegment kept = segment.contains(personId) ? segment.without(personId) : segment;
                if (kept.count() > 0) {
                    older.add(kept);
                }
            }
            GallerySegment newest = current.newest().contains(personId) ? current.newest().without(personId) : current.newest();
            snapshot = new Snapshot(older.toArray(GallerySegment[]::new), newest, current.templates() - removed, current.persons() - 1);
            return removed;
        } finally {
            changes.unlock();
        }
    }

    /**
     * The {@code count} distinct persons most similar to the probe, best first, each with the similarity
     * of their best template; fewer when fewer are enrolled, none when the gallery is empty.
     */
    public List<Candidate> nearest(Embedding probe, int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("The count is positive, not " + count);
        }
        probe.requireComparable(modelId, dimension);
        Snapshot current = snapshot;
        if (current.templates() == 0) {
            return List.of();
        }
        return SegmentScan.nearest(current.segments(), QuantisedVector.of(probe.vector()), count);
    }
}
