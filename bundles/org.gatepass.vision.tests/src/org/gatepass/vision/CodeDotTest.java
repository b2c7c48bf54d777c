package org.gatepass.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Random;

import org.junit.jupiter.api.Test;

class CodeDotTest {
    private final Random random = new Random(3);

    @Test
    void theVectorApiIsWhatTheGateRunsWhereTheJvmHasIt() {
        // the test runtime starts Java as the product does: --add-modules jdk.incubator.vector
        assertInstanceOf(VectorCodeDot.class, CodeDot.FASTEST);
    }

    @Test
    void bothKernelsGiveTheSameSumsForAnyLengthAndOffset() {
        for (int length : new int[] {512, 128, 13, 16, 1}) {
            short[] probe = widened(codes(length));
            byte[] templates = codes(length * 5 + 3);
            for (int offset : new int[] {0, 3, length, length * 4 + 3}) {
                assertEquals(new PlainCodeDot().dot(probe, templates, offset), new VectorCodeDot().dot(probe, templates, offset),
                        length + "-d at " + offset);
            }
        }
        byte[] extremes = new byte[512];
        java.util.Arrays.fill(extremes, (byte) -128);
        assertEquals(512 * 128 * 128, new VectorCodeDot().dot(widened(extremes), extremes, 0), "no overflow at the extremes");
    }

    private static short[] widened(byte[] codes) {
        short[] s = new short[codes.length];
        for (int i = 0; i < codes.length; i++) {
            s[i] = codes[i];
        }
        return s;
    }

    private byte[] codes(int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }
}
