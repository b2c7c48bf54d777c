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

    /** fr_feature with mirroring: calibrated on LFW, see the figures in docs/performance.md. TODO */
    static final float FR_FEATURE_MATCH_THRESHOLD = 0.30f;

    EmbedderSpec {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(model, "model");
        if (inputSize < 16 || !(scale > 0)) {
            throw new IllegalArgumentException("Embedder " + modelId + ": input size >= 16 and a positive scale are needed");
        }
    }

    /** fr_feature as shipped: 112x112 RGB, (x - 127.5) / 128, 512-d. */
    static EmbedderSpec frFeature(String modelId, Path model) {
        return new EmbedderSpec(modelId, model, 112, 127.5, 1 / 128.0, true, true, FR_FEATURE_MATCH_THRESHOLD);
    }
}
