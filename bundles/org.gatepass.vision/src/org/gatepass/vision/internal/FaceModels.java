package org.gatepass.vision.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.gatepass.vision.models.ShippedModel;
import org.gatepass.vision.models.ShippedModels;

/** The model-backed steps of recognition, configured together. Not thread-safe. */
record FaceModels(FaceDetector detector, FaceLandmarker landmarker, FaceAligner aligner, OnnxEmbedder embedder) {
    static final String SHIPPED_DETECTOR = "blazeface-short-range";
    static final String SHIPPED_LANDMARKER = "fr-landmark";
    static final String SHIPPED_EMBEDDER = "fr-feature";

    /** BlazeFace, fr_landmark and fr_feature from the models bundle, unpacked into {@code modelDirectory}. */
    static FaceModels shipped(Path modelDirectory) throws IOException {
        EmbedderSpec embedder = shippedEmbedder(modelDirectory);
        return new FaceModels(new BlazeFaceDetector(shippedDetector(modelDirectory), BlazeFaceDetector.DEFAULT_MIN_SCORE),
                shippedLandmarker(modelDirectory), new FaceAligner(embedder.inputSize()), new OnnxEmbedder(embedder));
    }

    /** The same models with another embedder, cropping to its input size. */
    FaceModels withEmbedder(EmbedderSpec other) {
        return new FaceModels(detector, landmarker, new FaceAligner(other.inputSize()), new OnnxEmbedder(other));
    }

    static Path shippedDetector(Path modelDirectory) throws IOException {
        return shipped("detector", SHIPPED_DETECTOR).extractTo(modelDirectory);
    }

    static FaceLandmarker shippedLandmarker(Path modelDirectory) throws IOException {
        return new FaceLandmarker(shipped("landmarker", SHIPPED_LANDMARKER).extractTo(modelDirectory));
    }

    static EmbedderSpec shippedEmbedder(Path modelDirectory) throws IOException {
        ShippedModel model = shipped("embedder", SHIPPED_EMBEDDER);
        return EmbedderSpec.frFeature(model.id(), model.extractTo(modelDirectory));
    }

    /** The code decodes these models' outputs, so a models bundle with other ones is refused here. */
    private static ShippedModel shipped(String role, String expectedId) throws IOException {
        ShippedModel model = ShippedModels.forRole(role)
                .orElseThrow(() -> new IOException("The models bundle ships no " + role));
        if (!model.id().equals(expectedId)) {
            throw new IOException("The shipped " + role + " is " + model.id() + "; this pipeline runs " + expectedId);
        }
        return model;
    }
}
