package org.gatepass.camera.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.function.Supplier;

import org.opentest4j.AssertionFailedError;

/**
 * The shared test data beside the repository (LFW photos, the YuNet model): a test that needs what is absent skips
 * with the reason, unless {@code -Dgatepass.test.requireShared=true} (set by CI when it found the data) makes that a
 * failure, so a suite cannot pass by skipping.
 */
public final class SharedTestData {
    static final String REQUIRED = "gatepass.test.requireShared";

    private SharedTestData() {
    }

    /** Skips (or, where the data is required, fails) the calling test when {@code present} is false. */
    public static void assumePresent(boolean present, Supplier<String> what) {
        if (!present && Boolean.getBoolean(REQUIRED)) {
            throw new AssertionFailedError(what.get() + " and " + REQUIRED + " is set");
        }
        assumeTrue(present, what);
    }
}
