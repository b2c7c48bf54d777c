package org.gatepass.vision.internal;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run one ONNX embedding model: the square input size, the pixel normalisation
 * {@code (value - mean) * scale}, the channel order, whether to also embed the mirrored face and
 * average the two (a steadier vector for twice the inference time), and the similarity from which
 * two faces count as the same person.
 */
record EmbedderSpec(String modelId, Path model, int inputSize, double mean, double scale, boolean rgb, boolean mirror,
        float matchThreshold) {

    /**
     * The shipped unknown threshold: the lowest on a 0.01 grid whose false match rate on the LFW dev pairs
     * (folds 1-5, 3,000 pairs; BlazeFace + fr_landmark alignment + fr_feature, no mirroring) is at most
     * 0.1 %: there FMR 0.07 % (1 of 1,500 different-person pairs), FNMR 1.33 % (20 of 1,500 same-person
     * pairs), accuracy 99.30 %. Recalibrate with the bench (docs/performance.md) when any of these change.
     */
    static final float FR_FEATURE_MATCH_THRESHOLD = 0.30f;

    EmbedderSpec {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(model, "model");
        if (inputSize < 16 || !(scale > 0)) {
            throw new IllegalArgumentException("Embedder " + modelId + ": input size >= 16 and a positive scale are needed");
        }
    }

    /**
     * fr_feature as shipped: 112x112 RGB, (x - 127.5) / 128, 512-d. Without mirroring: on LFW the mirrored
     * average changed accuracy by less than the noise (99.27 vs 99.23 %) at twice the time per face.
     */
    static EmbedderSpec frFeature(String modelId, Path model) {
        return new EmbedderSpec(modelId, model, 112, 127.5, 1 / 128.0, true, false, FR_FEATURE_MATCH_THRESHOLD);
    }
}
