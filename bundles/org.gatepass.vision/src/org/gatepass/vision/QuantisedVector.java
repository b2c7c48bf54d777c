package org.gatepass.vision;

/**
 * A unit vector as signed bytes times one scale: a quarter of the memory of floats, so a 1:N scan reads
 * a quarter of the bytes. The largest component maps to 127, so each component is off by at most half a
 * step; for 512-d vectors the dot product of two quantised vectors was at most 0.0023 from the exact
 * cosine, 0.00045 on average (GalleryBench, docs/performance.md), small enough for thresholds of 0.3-0.6
 * without rescoring. {@code widened} holds the codes as shorts, widened once for the probe rather than for
 * every template it meets.
 */
record QuantisedVector(byte[] codes, float scale, short[] widened) {

    static QuantisedVector of(float[] unit) {
        float largest = 0;
        for (float v : unit) {
            largest = Math.max(largest, Math.abs(v));
        }
        float scale = largest / 127;
        byte[] codes = new byte[unit.length];
        for (int i = 0; i < unit.length; i++) {
            codes[i] = (byte) Math.round(unit[i] / scale);
        }
        short[] widened = new short[codes.length];
        for (int i = 0; i < codes.length; i++) {
            widened[i] = codes[i];
        }
        return new QuantisedVector(codes, scale, widened);
    }

    /** The integer dot product with the codes at {@code offset}. */
    int dot(byte[] templates, int offset) {
        return CodeDot.FASTEST.dot(widened, templates, offset);
    }
}
