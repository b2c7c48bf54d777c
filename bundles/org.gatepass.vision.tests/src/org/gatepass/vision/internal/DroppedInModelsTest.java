package org.gatepass.vision.internal;

import org.gatepass.vision.OpenSetCalibration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.gatepass.vision.Embedding;
import org.gatepass.vision.Frame;
import org.gatepass.vision.ObservedFace;
import org.gatepass.vision.models.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.Mat;

/** Models dropped into a models folder with a descriptor, chosen by id as the pipeline's configuration chooses them. */
class DroppedInModelsTest {
    private static final String SHIPPED_DETECTOR = FaceModels.SHIPPED_DETECTOR;
    private static final String SHIPPED_EMBEDDER = FaceModels.SHIPPED_EMBEDDER;

    @TempDir
    Path models;

    @Test
    void aDroppedInYuNetFindsTheFacesAndIsReportedByItsId() throws IOException {
        DroppedInModels.write(models, "yunet", DroppedInModels.yunet(models));
        SelectedModels selected = SelectedModels.select(DroppedInModels.YUNET_ID, 0, SHIPPED_EMBEDDER, models);
        assertEquals(List.of(), selected.problems());
        DefaultFacePipeline pipeline = pipeline(selected);
        assertEquals(DroppedInModels.YUNET_ID, pipeline.detectorModelId());
        assertEquals(SHIPPED_EMBEDDER, pipeline.embedderModelId());
        assertTrue(selected.models().detector() instanceof YuNetDetector);
        for (String image : BlazeFaceDetectorTest.SINGLE_FACES) {
            // At score 0.6 YuNet also reports some faces in the background of LFW photos: the labelled one is the largest.
            List<ObservedFace> faces = process(pipeline, image);
            assertFalse(faces.isEmpty(), image);
            ObservedFace face = faces.get(0);
            assertTrue(face.box().x() < 125 && face.box().x() + face.box().width() > 125 && face.box().y() < 125
                    && face.box().y() + face.box().height() > 125, image + ": the largest face is not in the middle: " + face);
            assertTrue(face.quality().accepted(), image + ": " + face.quality().reason());
            assertEquals(SHIPPED_EMBEDDER, face.embedding().modelId());
        }
    }

    @Test
    void aDroppedInEmbedderRunsWithItsOwnSettingsIdAndThreshold() throws IOException {
        DroppedInModels.write(models, "site", DroppedInModels.siteEmbedder(models));
        SelectedModels selected = SelectedModels.select(SHIPPED_DETECTOR, 0, DroppedInModels.SITE_EMBEDDER_ID, models);
        assertEquals(List.of(), selected.problems());
        EmbedderSpec spec = selected.models().embedder().spec();
        assertEquals(new EmbedderSpec(DroppedInModels.SITE_EMBEDDER_ID, models.resolve("site_embedder.onnx"), 112, 0, 1 / 255.0, false,
                true, OpenSetCalibration.fixed(DroppedInModels.SITE_THRESHOLD)), spec);
        DefaultFacePipeline pipeline = pipeline(selected);
        assertEquals(DroppedInModels.SITE_EMBEDDER_ID, pipeline.embedderModelId());
        assertEquals(DroppedInModels.SITE_THRESHOLD, pipeline.calibration().floor());

        String image = BlazeFaceDetectorTest.SINGLE_FACES.get(1);
        Embedding theirs = process(pipeline, image).get(0).embedding();
        Embedding ours = process(pipeline(TestModels.selectedShipped()), image).get(0).embedding();
        assertEquals(DroppedInModels.SITE_EMBEDDER_ID, theirs.modelId());
        assertThrows(IllegalArgumentException.class, () -> theirs.similarity(ours), "vectors of two models are never compared");
    }

    @Test
    void aModelFileThatDoesNotMatchItsSha256IsRefusedAndTheShippedModelRuns() throws IOException {
        Map<String, String> descriptor = DroppedInModels.siteEmbedder(models);
        String expected = descriptor.put("sha256", "0".repeat(64));
        Path written = DroppedInModels.write(models, "site", descriptor);

        SelectedModels selected = SelectedModels.select(SHIPPED_DETECTOR, 0, DroppedInModels.SITE_EMBEDDER_ID, models);
        assertEquals(SHIPPED_EMBEDDER, selected.models().embedder().spec().modelId());
        assertEquals(1, selected.problems().size(), selected.problems().toString());
        String problem = selected.problems().get(0);
        assertTrue(problem.startsWith("Model descriptor " + written + ": the sha256 of site_embedder.onnx is " + expected + ", not "
                + "0".repeat(64)), problem);
        assertTrue(problem.endsWith("Using the shipped embedder fr-feature instead: people enrolled with site-embedder are not recognised."),
                problem);
    }

    @Test
    void aDescriptorWithoutAFieldIsRefusedNamingTheField() throws IOException {
        Map<String, String> descriptor = DroppedInModels.siteEmbedder(models);
        descriptor.remove("match.threshold");
        Path written = DroppedInModels.write(models, "site", descriptor);
        assertEquals("Model descriptor " + written + ": 'match.threshold' is missing", refusal(SHIPPED_DETECTOR, DroppedInModels.SITE_EMBEDDER_ID));

        Map<String, String> detector = DroppedInModels.yunet(models);
        detector.remove("licence");
        Path yunet = DroppedInModels.write(models, "yunet", detector);
        assertEquals("Model descriptor " + yunet + ": 'licence' is missing", refusal(DroppedInModels.YUNET_ID, SHIPPED_EMBEDDER));
    }

    @Test
    void otherMistakesAreRefusedWithTheReason() throws IOException {
        Map<String, String> yunet = DroppedInModels.yunet(models);
        Path yunetDescriptor = DroppedInModels.write(models, "yunet", yunet);
        assertTrue(refusal(SHIPPED_DETECTOR, "sface").startsWith("No embedder 'sface': no descriptor (*.model.properties) in " + models
                + " gives that id (descriptors there: yunet.model.properties)"));
        assertEquals("Model descriptor " + yunetDescriptor + ": '" + DroppedInModels.YUNET_ID + "' is a detector, not an embedder",
                refusal(SHIPPED_DETECTOR, DroppedInModels.YUNET_ID));

        Map<String, String> escaping = DroppedInModels.siteEmbedder(models);
        escaping.put("file", "../site_embedder.onnx");
        Path site = DroppedInModels.write(models, "site", escaping);
        assertEquals("Model descriptor " + site + ": file '../site_embedder.onnx' must be a file name in the models folder, without a path",
                refusal(SHIPPED_DETECTOR, DroppedInModels.SITE_EMBEDDER_ID));

        Map<String, String> shippedId = DroppedInModels.siteEmbedder(models);
        shippedId.put("id", SHIPPED_EMBEDDER);
        DroppedInModels.write(models, "site", shippedId);
        // Only the id says which model made a template: a descriptor claiming a shipped id never replaces the shipped model.
        SelectedModels selected = SelectedModels.select(SHIPPED_DETECTOR, 0, SHIPPED_EMBEDDER, models);
        assertEquals(List.of(), selected.problems());
        assertEquals(TestModels.shipped().embedder().spec().model().getFileName(), selected.models().embedder().spec().model().getFileName());

        Map<String, String> notANumber = DroppedInModels.siteEmbedder(models);
        notANumber.put("input.size", "112px");
        DroppedInModels.write(models, "site", notANumber);
        assertEquals("Model descriptor " + site + ": input.size must be a number, not '112px'",
                refusal(SHIPPED_DETECTOR, DroppedInModels.SITE_EMBEDDER_ID));

        Map<String, String> wrongFormat = DroppedInModels.yunet(models);
        wrongFormat.put("format", "retinaface");
        DroppedInModels.write(models, "yunet", wrongFormat);
        assertEquals("Model descriptor " + yunetDescriptor + ": format 'retinaface' is not one of yunet, blazeface",
                refusal(DroppedInModels.YUNET_ID, SHIPPED_EMBEDDER));
    }

    @Test
    void aFileThatIsNoModelIsRefusedBeforeItReachesTheGate() throws IOException {
        Path notAModel = Files.writeString(models.resolve("sface.onnx"), "this is not an ONNX file");
        Map<String, String> descriptor = DroppedInModels.siteEmbedder(models);
        descriptor.put("file", "sface.onnx");
        descriptor.put("sha256", Sha256.of(notAModel));
        DroppedInModels.write(models, "site", descriptor);
        assertTrue(refusal(SHIPPED_DETECTOR, DroppedInModels.SITE_EMBEDDER_ID)
                .startsWith("Embedder site-embedder: OpenCV cannot run sface.onnx as an embedder with input 112x112"));

        // A real ONNX model of the wrong kind: YuNet as a detector of BlazeFace's format.
        Map<String, String> yunet = DroppedInModels.yunet(models);
        yunet.put("format", "blazeface");
        Path written = DroppedInModels.write(models, "yunet", yunet);
        assertTrue(refusal(DroppedInModels.YUNET_ID, SHIPPED_EMBEDDER)
                .startsWith("Model descriptor " + written + ": OpenCV cannot run face_detection_yunet_2023mar.onnx as a blazeface detector"));
    }

    /** The one problem selecting these models gives, without its "using the shipped one" ending; the shipped models run. */
    private String refusal(String detector, String embedder) throws IOException {
        SelectedModels selected = SelectedModels.select(detector, 0, embedder, models);
        assertEquals(1, selected.problems().size(), selected.problems().toString());
        assertEquals(SHIPPED_DETECTOR, selected.detectorId());
        assertEquals(SHIPPED_EMBEDDER, selected.models().embedder().spec().modelId());
        String problem = selected.problems().get(0);
        return problem.substring(0, problem.indexOf(". Using the shipped "));
    }

    private static DefaultFacePipeline pipeline(SelectedModels selected) {
        return new DefaultFacePipeline(selected, new QualityGate(QualityGate.DEFAULT_MIN_FACE_SIZE, QualityGate.DEFAULT_MIN_SHARPNESS,
                QualityGate.DEFAULT_MAX_YAW));
    }

    private static List<ObservedFace> process(DefaultFacePipeline pipeline, String image) {
        Mat bgr = SharedData.lfwImage(image);
        try {
            Frame frame = Frames.toFrame(bgr);
            return pipeline.process(frame);
        } finally {
            bgr.release();
        }
    }
}
