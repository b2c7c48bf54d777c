package org.gatepass.vision.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.gatepass.core.DataDirectory;

/** The shipped models, loaded once for all tests (they run one at a time). */
final class TestModels {
    private static FaceModels shipped;

    private TestModels() {
    }

    static synchronized FaceModels shipped() {
        if (shipped == null) {
            try {
                shipped = FaceModels.shipped(DataDirectory.resolve().resolve("models"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shipped;
    }
}
