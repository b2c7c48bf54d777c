package org.gatepass.vision.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

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

    /** The shipped models as the pipeline selects them by default. */
    static SelectedModels selectedShipped() {
        return new SelectedModels(shipped(), FaceModels.SHIPPED_DETECTOR, List.of());
    }
}
