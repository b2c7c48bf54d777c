package org.gatepass.vision;

/** The dot product as one plain loop: unrolled and other variants were no faster (docs/performance.md). */
final class PlainCodeDot implements CodeDot {
    @Override
    public int dot(short[] probe, byte[] templates, int offset) {
        int sum = 0;
        for (int i = 0; i < probe.length; i++) {
            sum += templates[offset + i] * probe[i];
        }
        return sum;
    }
}
