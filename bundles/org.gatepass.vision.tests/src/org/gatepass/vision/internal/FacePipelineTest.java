package org.gatepass.vision.internal;

import org.gatepass.vision.OpenSetCalibration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gatepass.vision.Embedding;
import org.gatepass.vision.Frame;
import org.gatepass.vision.ObservedFace;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;

class FacePipelineTest {
    private final DefaultFacePipeline pipeline = new DefaultFacePipeline(TestModels.selectedShipped(), new QualityGate(
            QualityGate.DEFAULT_MIN_FACE_SIZE, QualityGate.DEFAULT_MIN_SHARPNESS, QualityGate.DEFAULT_MAX_YAW));

    @Test
    void handlesEveryFaceInAFrame() {
        String left = BlazeFaceDetectorTest.SINGLE_FACES.get(3), right = BlazeFaceDetectorTest.SINGLE_FACES.get(10);
        Mat canvas = new Mat(480, 640, CvType.CV_8UC3, Scalar.all(40));
        Mat a = SharedData.lfwImage(left), b = SharedData.lfwImage(right);
        try {
            a.copyTo(canvas.submat(new Rect(30, 120, 250, 250)));
            b.copyTo(canvas.submat(new Rect(360, 100, 250, 250)));
            List<ObservedFace> faces = pipeline.process(Frames.toFrame(canvas));
            assertEquals(2, faces.size(), faces.toString());
            assertTrue(faces.get(0).box().area() >= faces.get(1).box().area(), "largest first");
            ObservedFace onLeft = faces.get(0).box().x() < 320 ? faces.get(0) : faces.get(1);
            ObservedFace onRight = onLeft == faces.get(0) ? faces.get(1) : faces.get(0);
            assertTrue(onLeft.quality().accepted() && onRight.quality().accepted(), faces.toString());
            // Each face embeds as it does alone, and the two are different people.
            assertTrue(onLeft.embedding().similarity(alone(left)) > 0.8f);
            assertTrue(onRight.embedding().similarity(alone(right)) > 0.8f);
            assertTrue(onLeft.embedding().similarity(onRight.embedding()) < pipeline.calibration().floor());
        } finally {
            canvas.release();
            a.release();
            b.release();
        }
    }

    @Test
    void samePeopleScoreAboveTheThresholdAndDifferentPeopleBelow() throws IOException {
        Path lfw = SharedData.lfw();
        LfwPairs pairs = LfwPairs.read(lfw.resolve("pairs.txt"));
        List<LfwPairs.Pair> sample = new ArrayList<>();
        sample.addAll(pairs.pairs().subList(0, 40));
        sample.addAll(pairs.pairs().subList(300, 340));
        int sameAbove = 0;
        for (LfwPairs.Pair pair : sample) {
            float score = alone(pair.first()).similarity(alone(pair.second()));
            if (pair.same()) {
                sameAbove += score >= pipeline.calibration().floor() ? 1 : 0;
            } else {
                assertTrue(score < pipeline.calibration().floor(), pair + " scores " + score);
            }
        }
        assertTrue(sameAbove >= 38, sameAbove + " of 40 same-person pairs reach the threshold");
    }

    @Test
    void runsAnyOnnxEmbedderWithItsOwnSettingsAndTagsItsModelId() {
        FaceModels shipped = TestModels.shipped();
        EmbedderSpec own = shipped.embedder().spec();
        // Another site's model, here fr_feature again under other settings: BGR in [0, 1], face and mirror.
        FaceModels site = shipped.withEmbedder(new EmbedderSpec("site-model", own.model(), 112, 0, 1 / 255.0, false, true, OpenSetCalibration.fixed(0.4f)));
        DefaultFacePipeline sitePipeline = new DefaultFacePipeline(new SelectedModels(site, FaceModels.SHIPPED_DETECTOR, List.of()), new QualityGate(QualityGate.DEFAULT_MIN_FACE_SIZE,
                QualityGate.DEFAULT_MIN_SHARPNESS, QualityGate.DEFAULT_MAX_YAW));
        Mat image = SharedData.lfwImage(BlazeFaceDetectorTest.SINGLE_FACES.get(2));
        try {
            Frame frame = Frames.toFrame(image);
            Embedding theirs = sitePipeline.process(frame).get(0).embedding();
            Embedding ours = pipeline.process(frame).get(0).embedding();
            assertEquals("site-model", theirs.modelId());
            assertEquals("site-model", sitePipeline.embedderModelId());
            assertEquals(0.4f, sitePipeline.calibration().threshold(1000, 0.001), "a model without a tail keeps its threshold");
            assertEquals(512, theirs.dimension());
            assertThrows(IllegalArgumentException.class, () -> theirs.similarity(ours));
        } finally {
            image.release();
        }
    }

    @Test
    void aLongRunDoesNotGrowNativeMemory() throws IOException {
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isReadable(status), "Skipped: resident memory is read from /proc (Linux)");
        Mat face = SharedData.lfwImage(BlazeFaceDetectorTest.SINGLE_FACES.get(0));
        Mat canvas = new Mat(480, 640, CvType.CV_8UC3, Scalar.all(40));
        Frame frame;
        try {
            face.copyTo(canvas.submat(new Rect(200, 100, 250, 250)));
            frame = Frames.toFrame(canvas);
        } finally {
            face.release();
            canvas.release();
        }
        for (int i = 0; i < 50; i++) {
            pipeline.process(frame);
        }
        long before = residentKilobytes(status);
        for (int i = 0; i < 400; i++) {
            assertEquals(1, pipeline.process(frame).size());
        }
        long grownMb = (residentKilobytes(status) - before) / 1024;
        // Each frame passes ~1.5 MB of Mats through native memory: 600 MB over the run if they leaked.
        assertTrue(grownMb < 40, "resident memory grew by " + grownMb + " MB over 400 frames");
    }

    /** The embedding of the face nearest the middle of an LFW image, with nothing else in the frame. */
    private Embedding alone(String image) {
        Mat bgr = SharedData.lfwImage(image);
        try {
            FaceModels models = TestModels.shipped();
            Detection face = LfwEvaluation.central(models.detector().detect(bgr), bgr.cols(), bgr.rows());
            Mat crop = models.aligner().align(bgr, models.landmarker().locate(bgr, face.box()));
            try {
                return models.embedder().embed(crop);
            } finally {
                crop.release();
            }
        } finally {
            bgr.release();
        }
    }

    private static long residentKilobytes(Path status) throws IOException {
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElseThrow();
    }
}
