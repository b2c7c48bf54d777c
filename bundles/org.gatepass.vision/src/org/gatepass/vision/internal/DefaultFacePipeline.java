package org.gatepass.vision.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Logger;

import org.gatepass.core.DataDirectory;
import org.gatepass.vision.Box;
import org.gatepass.vision.Embedding;
import org.gatepass.vision.FacePipeline;
import org.gatepass.vision.Frame;
import org.gatepass.vision.Landmarks;
import org.gatepass.vision.ObservedFace;
import org.gatepass.vision.OpenSetCalibration;
import org.gatepass.vision.QualityVerdict;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The pipeline service: BlazeFace, fr_landmark and fr_feature from the models bundle by default.
 * Its configuration ({@value #PID}, e.g. {@code <data>/config/org.gatepass.vision.pipeline.cfg}) can
 * choose another detector or embedder dropped into {@code <data>/models}, tune the quality gate, and size
 * the pool of model sets that lets several cameras be processed at once; a change restarts the component,
 * and with it everything that uses the pipeline.
 */
@Component(service = FacePipeline.class, configurationPid = DefaultFacePipeline.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = FacePipelineConfig.class)
public final class DefaultFacePipeline implements FacePipeline {
    static final String PID = "org.gatepass.vision.pipeline";
    private static final Logger LOG = Logger.getLogger(DefaultFacePipeline.class.getName());

    private final FaceModelPool models;
    private final String detectorId;
    private final List<String> modelProblems;
    private final QualityGate quality;

    @Activate
    public DefaultFacePipeline(FacePipelineConfig config) {
        this(config, DataDirectory.resolve().resolve("models"), selected(config, DataDirectory.resolve().resolve("models")));
    }

    private DefaultFacePipeline(FacePipelineConfig config, Path modelDirectory, SelectedModels first) {
        // the first set is the one checked and reported; the pool makes more of the same, lazily, per busy camera
        this(first, new FaceModelPool(new MoreOfTheSame(first.models(), () -> selected(config, modelDirectory).models()), instances(config)),
                new QualityGate(config.quality_minFaceSize(), config.quality_minSharpness(), config.quality_maxYaw()));
        int processors = Runtime.getRuntime().availableProcessors();
        int threads = config.opencv_threads() > 0 ? config.opencv_threads() : Math.max(1, processors / models.limit());
        Core.setNumThreads(threads);
        LOG.info(() -> "Face pipeline: detector " + detectorId + ", embedder " + embedderModelId() + "; up to " + models.limit()
                + " frames at once, " + threads + " OpenCV thread(s) per frame, " + processors + " processors");
    }

    /** One set of models: calls are served one at a time. */
    DefaultFacePipeline(SelectedModels selected, QualityGate quality) {
        this(selected, new FaceModelPool(selected::models, 1), quality);
    }

    DefaultFacePipeline(SelectedModels selected, FaceModelPool models, QualityGate quality) {
        this.models = models;
        this.detectorId = selected.detectorId();
        this.modelProblems = selected.problems();
        this.quality = quality;
    }

    @Override
    public List<ObservedFace> process(Frame frame, Predicate<Box> embed) {
        return models.apply(set -> process(set, frame, embed));
    }

    private List<ObservedFace> process(FaceModels models, Frame frame, Predicate<Box> embed) {
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
                    Embedding embedding = verdict.accepted() && embed.test(d.box()) ? models.embedder().embed(crop) : null;
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
    public OpenSetCalibration calibration() {
        return models.first().embedder().spec().calibration();
    }

    @Override
    public String detectorModelId() {
        return detectorId;
    }

    @Override
    public List<String> modelProblems() {
        return modelProblems;
    }

    private static SelectedModels selected(FacePipelineConfig config, Path modelDirectory) {
        try {
            return SelectedModels.select(config.detector().trim(), config.detector_minScore(), config.embedder().trim(), modelDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the shipped face models into " + modelDirectory, e);
        }
    }

    private static int instances(FacePipelineConfig config) {
        if (config.pipeline_instances() < 0) {
            throw new IllegalArgumentException("Face pipeline configuration: pipeline.instances is 0 (one per processor) or more, not "
                    + config.pipeline_instances());
        }
        return config.pipeline_instances() > 0 ? config.pipeline_instances() : Runtime.getRuntime().availableProcessors();
    }
}
