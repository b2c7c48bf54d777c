package org.gatepass.vision.internal;

import java.nio.file.Path;
import java.util.Objects;

import org.gatepass.vision.OpenSetCalibration;

/**
 * How to run one ONNX embedding model: the square input size, the pixel normalisation
 * {@code (value - mean) * scale}, the channel order, whether to also embed the mirrored face and
 * average the two (a steadier vector for twice the inference time), and how its similarities between
 * different people behave (the open-set calibration the gate's thresholds come from).
 */
record EmbedderSpec(String modelId, Path model, int inputSize, double mean, double scale, boolean rgb, boolean mirror,
        OpenSetCalibration calibration) {

    /**
     * fr_feature's impostor tail as the vision bench fits it on all of LFW dev ("impostor tail, all folds":
     * 3,756 usable faces of 2,063 people, LFW's four known label errors merged, 7.7 million stranger-person
     * comparisons, each person enrolled with up to two photos and their mean; BlazeFace + fr_landmark +
     * fr_feature in 640x480 frames). Thresholds at FPIR 0.1 %: 0.42 for 12 people enrolled, 0.51 for 200,
     * 0.56 for 1,000, 0.63 for 10,000. Fitted per fold they differ by less than 0.01; the figures in
     * docs/performance.md are on folds the fit did not see. Recalibrate with the bench when the pipeline changes.
     */
    static final double FR_FEATURE_TAIL_INTERCEPT = 4.772;
    static final double FR_FEATURE_TAIL_SLOPE = -33.36;
    /**
     * The lowest threshold whatever the gallery: per pair of photos, FMR 0.02 % on LFW dev, and it keeps the
     * per-pair FMR at most 0.1 % on the other LFW folds too (they needed 0.37).
     */
    static final float FR_FEATURE_FLOOR = 0.40f;

    EmbedderSpec {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(calibration, "calibration");
        if (inputSize < 16 || !(scale > 0)) {
            throw new IllegalArgumentException("Embedder " + modelId + ": input size >= 16 and a positive scale are needed");
        }
    }

    /**
     * fr_feature as shipped: 112x112 RGB, (x - 127.5) / 128, 512-d. Without mirroring: on LFW the mirrored
     * average changed accuracy by less than the noise (99.27 vs 99.23 %) at twice the time per face.
     */
    static EmbedderSpec frFeature(String modelId, Path model) {
        return new EmbedderSpec(modelId, model, 112, 127.5, 1 / 128.0, true, false,
                new OpenSetCalibration(FR_FEATURE_FLOOR, FR_FEATURE_TAIL_INTERCEPT, FR_FEATURE_TAIL_SLOPE));
    }
}
