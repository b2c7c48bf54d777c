package org.gatepass.vision.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

import org.gatepass.core.DataDirectory;
import org.gatepass.vision.Embedding;
import org.gatepass.vision.FacePipeline;
import org.gatepass.vision.Frame;
import org.gatepass.vision.Landmarks;
import org.gatepass.vision.ObservedFace;
import org.gatepass.vision.QualityVerdict;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The pipeline service: BlazeFace, fr_landmark and fr_feature from the models bundle by default.
 * Configuration (PID {@code org.gatepass.vision.internal.DefaultFacePipeline}) can switch to YuNet or
 * to another ONNX embedder, tune the quality gate, and size the pool of model sets that lets several
 * cameras be processed at once.
 */
@Component(service = FacePipeline.class)
public final class DefaultFacePipeline implements FacePipeline {

    /** Configuration properties; an underscore in a name stands for a dot ({@code embedder.model}). */
    public @interface Config {
        /** "blazeface" or "yunet". */
        String detector() default "blazeface";

        /** The detector's model file; empty for the shipped BlazeFace (YuNet always needs one). */
        String detector_model() default "";

        /** The lowest detection score kept; 0 for the detector's own default (BlazeFace 0.5, YuNet 0.9). */
        float detector_minScore() default 0;

        /**
         * An ONNX embedder taking an aligned square RGB or BGR crop; empty for the shipped fr_feature (the
         * embedder settings below are then ignored). SFace, e.g., takes 112 px RGB with mean 0 and scale 1.
         */
        String embedder_model() default "";

        /** Stored with every template; change it whenever the model or its settings change. */
        String embedder_id() default "";

        int embedder_inputSize() default 112;

        double embedder_mean() default 127.5;

        double embedder_scale() default 1 / 128.0;

        boolean embedder_rgb() default true;

        boolean embedder_mirror() default false;

        /** Calibrate it for the model with the LFW bench: a threshold only holds for the model it was measured on. */
        float embedder_matchThreshold() default EmbedderSpec.FR_FEATURE_MATCH_THRESHOLD;

        float quality_minFaceSize() default QualityGate.DEFAULT_MIN_FACE_SIZE;

        double quality_minSharpness() default QualityGate.DEFAULT_MIN_SHARPNESS;

        float quality_maxYaw() default QualityGate.DEFAULT_MAX_YAW;

        /**
         * How many frames are processed at once, each with a set of models of its own (a few MB each);
         * 0 for one per processor. More than the processors only adds waiting.
         */
        int pipeline_instances() default 0;

        /**
         * Threads OpenCV may use inside one call, for the whole process; 0 for the processors divided by
         * the pipeline instances, so that busy cameras together never ask for more threads than there are
         * processors. A larger value shortens one call while few cameras are busy.
         */
        int opencv_threads() default 0;
    }

    private static final Logger LOG = Logger.getLogger(DefaultFacePipeline.class.getName());

    private final FaceModelPool models;
    private final QualityGate quality;

    @Activate
    public DefaultFacePipeline(Config config) {
        this(new FaceModelPool(() -> models(config, DataDirectory.resolve().resolve("models")), instances(config)),
                new QualityGate(config.quality_minFaceSize(), config.quality_minSharpness(), config.quality_maxYaw()));
        int processors = Runtime.getRuntime().availableProcessors();
        int threads = config.opencv_threads() > 0 ? config.opencv_threads() : Math.max(1, processors / models.limit());
        Core.setNumThreads(threads);
        LOG.info(() -> "Face pipeline: up to " + models.limit() + " frames at once, " + threads + " OpenCV thread(s) per frame, "
                + processors + " processors");
    }

    /** One set of models: calls are served one at a time. */
    DefaultFacePipeline(FaceModels models, QualityGate quality) {
        this(new FaceModelPool(() -> models, 1), quality);
    }

    DefaultFacePipeline(FaceModelPool models, QualityGate quality) {
        this.models = models;
        this.quality = quality;
    }

    @Override
    public List<ObservedFace> process(Frame frame) {
        return models.apply(set -> process(set, frame));
    }

    private List<ObservedFace> process(FaceModels models, Frame frame) {
        Mat image = Frames.toMat(frame);
        try {
            List<Detection> detections = new ArrayList<>(models.detector().detect(image));
            detections.sort(Comparator.comparingDouble((Detection d) -> d.box().area()).reversed());
            List<ObservedFace> faces = new ArrayList<>(detections.size());
            for (Detection d : detections) {
                Landmarks landmarks = models.landmarker().locate(image, d.box());
                Mat crop = models.aligner().align(image, landmarks);
                try {
                    QualityVerdict verdict = quality.check(d.box(), landmarks, crop);
                    Embedding embedding = verdict.accepted() ? models.embedder().embed(crop) : null;
                    faces.add(new ObservedFace(d.box(), d.score(), landmarks, verdict, embedding));
                } finally {
                    crop.release();
                }
            }
            return faces;
        } finally {
            image.release();
        }
    }

    @Override
    public Frame decode(byte[] encodedImage) throws IOException {
        return Frames.decode(encodedImage);
    }

    @Override
    public String embedderModelId() {
        return models.first().embedder().spec().modelId();
    }

    @Override
    public float matchThreshold() {
        return models.first().embedder().spec().matchThreshold();
    }

    private static FaceModels models(Config config, Path modelDirectory) {
        try {
            FaceDetector detector = switch (config.detector()) {
                case "blazeface" -> new BlazeFaceDetector(config.detector_model().isBlank()
                        ? FaceModels.shippedDetector(modelDirectory)
                        : Path.of(config.detector_model()), minScore(config, BlazeFaceDetector.DEFAULT_MIN_SCORE));
                case "yunet" -> new YuNetDetector(Path.of(requireSet(config.detector_model(), "detector.model")),
                        minScore(config, YuNetDetector.DEFAULT_MIN_SCORE));
                default -> throw new IllegalArgumentException("Unknown detector '" + config.detector() + "': blazeface or yunet");
            };
            EmbedderSpec embedder = config.embedder_model().isBlank()
                    ? FaceModels.shippedEmbedder(modelDirectory)
                    : new EmbedderSpec(requireSet(config.embedder_id(), "embedder.id"), Path.of(config.embedder_model()),
                            config.embedder_inputSize(), config.embedder_mean(), config.embedder_scale(), config.embedder_rgb(),
                            config.embedder_mirror(), config.embedder_matchThreshold());
            return new FaceModels(detector, FaceModels.shippedLandmarker(modelDirectory), new FaceAligner(embedder.inputSize()),
                    new OnnxEmbedder(embedder));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the shipped face models into " + modelDirectory, e);
        }
    }

    private static int instances(Config config) {
        if (config.pipeline_instances() < 0) {
            throw new IllegalArgumentException("Face pipeline configuration: pipeline.instances is 0 (one per processor) or more, not "
                    + config.pipeline_instances());
        }
        return config.pipeline_instances() > 0 ? config.pipeline_instances() : Runtime.getRuntime().availableProcessors();
    }

    private static float minScore(Config config, float detectorDefault) {
        return config.detector_minScore() > 0 ? config.detector_minScore() : detectorDefault;
    }

    private static String requireSet(String value, String property) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("Face pipeline configuration: " + property + " must be set");
        }
        return value;
    }
}
