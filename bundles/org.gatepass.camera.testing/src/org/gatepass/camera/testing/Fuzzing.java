package org.gatepass.camera.testing;

import java.util.Random;

/**
 * The fuzz tests' settings: a fixed seed and a short run in every build, a long run by
 * {@code -Dgatepass.fuzz.iterations=N} (and another seed by {@code -Dgatepass.fuzz.seed=S}). A failure names the
 * seed and the iteration, so it reproduces.
 */
public final class Fuzzing {
    static final long DEFAULT_SEED = 20_261_205L;

    private Fuzzing() {
    }

    /** How many inputs each fuzz test tries: {@code gatepass.fuzz.iterations} when positive, else {@code inBuild}. */
    public static int iterations(int inBuild) {
        int asked = Integer.getInteger("gatepass.fuzz.iterations", 0);
        return asked > 0 ? asked : inBuild;
    }

    public static long seed() {
        return Long.getLong("gatepass.fuzz.seed", DEFAULT_SEED);
    }

    public static Random random() {
        return new Random(seed());
    }

    /** "seed 20261205, input 17": where a failing input came from. */
    public static String at(int iteration) {
        return "seed " + seed() + ", input " + iteration;
    }
}
