package org.gatepass.vision;

/**
 * A fixed number of quantised templates at most, immutable as searches see it. Appending writes into free
 * slots past {@link #count} and returns a new segment over the same arrays: searches of older segments
 * never read those slots, and the new segment is published through a volatile write. Removal copies.
 */
final class GallerySegment {
    /**
     * Codes per segment, the unit of copy-on-write and of the work shared between threads. Under half of
     * G1's smallest region (1 MB): larger arrays are "humongous" and each takes whole regions, which
     * doubled the heap of a 1,000,000-template gallery with 512 KB segments.
     */
    private static final int CODE_BYTES = 256 * 1024;

    private final int dimension;
    private final byte[] codes;
    private final float[] scales;
    private final long[] personIds;
    private final int count;

    private GallerySegment(int dimension, byte[] codes, float[] scales, long[] personIds, int count) {
        this.dimension = dimension;
        this.codes = codes;
        this.scales = scales;
        this.personIds = personIds;
        this.count = count;
    }

    static GallerySegment empty(int dimension) {
        int capacity = Math.max(1, CODE_BYTES / dimension);
        return new GallerySegment(dimension, new byte[capacity * dimension], new float[capacity], new long[capacity], 0);
    }

    int count() {
        return count;
    }

    boolean full() {
        return count == scales.length;
    }

    /** Only for the newest segment of a gallery: no other segment may own the slot at {@link #count}. */
    GallerySegment append(long personId, QuantisedVector template) {
        System.arraycopy(template.codes(), 0, codes, count * dimension, dimension);
        scales[count] = template.scale();
        personIds[count] = personId;
        return new GallerySegment(dimension, codes, scales, personIds, count + 1);
    }

    boolean contains(long personId) {
        for (int t = 0; t < count; t++) {
            if (personIds[t] == personId) {
                return true;
            }
        }
        return false;
    }

    /** A copy without the person's templates, with the same capacity so it can still be appended to. */
    GallerySegment without(long personId) {
        GallerySegment copy = empty(dimension);
        int kept = 0;
        for (int t = 0; t < count; t++) {
            if (personIds[t] != personId) {
                System.arraycopy(codes, t * dimension, copy.codes, kept * dimension, dimension);
                copy.scales[kept] = scales[t];
                copy.personIds[kept] = personIds[t];
                kept++;
            }
        }
        return new GallerySegment(dimension, copy.codes, copy.scales, copy.personIds, kept);
    }

    void search(QuantisedVector probe, NearestPersons nearest) {
        float probeScale = probe.scale();
        for (int t = 0, offset = 0; t < count; t++, offset += dimension) {
            float score = probe.dot(codes, offset) * scales[t] * probeScale;
            if (score > nearest.floor()) {
                nearest.offer(personIds[t], score);
            }
        }
    }
}
