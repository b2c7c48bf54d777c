package org.gatepass.vision.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

/**
 * The models a pipeline runs, chosen by id: the shipped ones, or models dropped into the models folder.
 * A chosen model that cannot be used (unknown id, bad descriptor, wrong checksum, a file OpenCV cannot
 * run) is replaced by the shipped model of its role, and the reason is kept in {@code problems}: a
 * mistake in the models folder never stops recognition.
 */
record SelectedModels(FaceModels models, String detectorId, List<String> problems) {
    private static final Logger LOG = Logger.getLogger(SelectedModels.class.getName());

    SelectedModels {
        problems = List.copyOf(problems);
    }

    /**
     * @param minScore the lowest detection score kept; 0 for the model's own (its descriptor's, else the detector's default)
     * @throws IOException only if the shipped models themselves cannot be unpacked
     */
    static SelectedModels select(String detectorId, float minScore, String embedderId, Path modelDirectory) throws IOException {
        ModelFolder folder = new ModelFolder(modelDirectory);
        List<String> problems = new ArrayList<>();

        FaceDetector detector = null;
        String usedDetector = FaceModels.SHIPPED_DETECTOR;
        if (!detectorId.equals(FaceModels.SHIPPED_DETECTOR)) {
            try {
                detector = droppedInDetector(folder.find(detectorId, ModelDescriptor.Role.DETECTOR), minScore);
                usedDetector = detectorId;
            } catch (InvalidModelException e) {
                problems.add(e.getMessage() + ". Using the shipped detector " + FaceModels.SHIPPED_DETECTOR + " instead.");
            }
        }
        if (detector == null) {
            detector = new BlazeFaceDetector(FaceModels.shippedDetector(modelDirectory),
                    minScore > 0 ? minScore : BlazeFaceDetector.DEFAULT_MIN_SCORE);
        }

        EmbedderSpec embedder = null;
        OnnxEmbedder onnx = null;
        if (!embedderId.equals(FaceModels.SHIPPED_EMBEDDER)) {
            try {
                embedder = folder.find(embedderId, ModelDescriptor.Role.EMBEDDER).embedderSpec();
                onnx = droppedInEmbedder(embedder);
            } catch (InvalidModelException e) {
                problems.add(e.getMessage() + ". Using the shipped embedder " + FaceModels.SHIPPED_EMBEDDER
                        + " instead: people enrolled with " + embedderId + " are not recognised.");
            }
        }
        if (onnx == null) {
            embedder = FaceModels.shippedEmbedder(modelDirectory);
            onnx = new OnnxEmbedder(embedder);
        }
        for (String problem : problems) {
            LOG.severe(problem);
        }
        FaceModels models = new FaceModels(detector, FaceModels.shippedLandmarker(modelDirectory), new FaceAligner(embedder.inputSize()), onnx);
        return new SelectedModels(models, usedDetector, problems);
    }

    /** Loads and tries the detector once on an empty frame, so that a model of another kind is refused here, not at the gate. */
    private static FaceDetector droppedInDetector(ModelDescriptor model, float minScore) throws InvalidModelException {
        float score = minScore > 0 ? minScore : model.minScore();
        try {
            FaceDetector detector = switch (model.detectorFormat()) {
                case YUNET -> new YuNetDetector(model.file(), score > 0 ? score : YuNetDetector.DEFAULT_MIN_SCORE);
                case BLAZEFACE -> new BlazeFaceDetector(model.file(), score > 0 ? score : BlazeFaceDetector.DEFAULT_MIN_SCORE);
            };
            Mat blank = new Mat(480, 640, CvType.CV_8UC3, Scalar.all(128));
            try {
                detector.detect(blank);
            } finally {
                blank.release();
            }
            return detector;
        } catch (RuntimeException e) {
            throw new InvalidModelException(model.descriptor(), "OpenCV cannot run " + model.file().getFileName() + " as a "
                    + model.detectorFormat().name().toLowerCase(Locale.ROOT) + " detector (" + e.getMessage() + ")");
        }
    }

    /** Loads and tries the embedder once on a grey crop: it must give a usable vector. */
    private static OnnxEmbedder droppedInEmbedder(EmbedderSpec spec) throws InvalidModelException {
        Mat grey = new Mat(spec.inputSize(), spec.inputSize(), CvType.CV_8UC3, Scalar.all(100));
        try {
            OnnxEmbedder embedder = new OnnxEmbedder(spec);
            embedder.embed(grey);
            return embedder;
        } catch (RuntimeException e) {
            throw new InvalidModelException("Embedder " + spec.modelId() + ": OpenCV cannot run " + spec.model().getFileName()
                    + " as an embedder with input " + spec.inputSize() + "x" + spec.inputSize() + " (" + e.getMessage() + ")");
        } finally {
            grey.release();
        }
    }
}
