package org.gatepass.vision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gatepass.vision.Box;
import org.gatepass.vision.Landmarks;
import org.gatepass.vision.Point;
import org.gatepass.vision.QualityVerdict;
import org.gatepass.vision.QualityVerdict.Issue;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

class QualityGateTest {
    private final FaceModels models = TestModels.shipped();
    private final QualityGate gate = new QualityGate(QualityGate.DEFAULT_MIN_FACE_SIZE, QualityGate.DEFAULT_MIN_SHARPNESS,
            QualityGate.DEFAULT_MAX_YAW);

    @Test
    void acceptsOrdinaryFrontalFaces() {
        // Bill Frist looks half sideways in his photo: see rejectsFacesTurnedAway.
        for (String image : BlazeFaceDetectorTest.SINGLE_FACES.stream().filter(i -> !i.startsWith("Bill_Frist")).toList()) {
            QualityVerdict verdict = verdict(image, null);
            assertTrue(verdict.accepted(), image + ": " + verdict);
        }
    }

    @Test
    void rejectsATinyFaceAndSaysSo() {
        QualityVerdict verdict = verdict(BlazeFaceDetectorTest.SINGLE_FACES.get(0), image -> {
            Imgproc.resize(image, image, new Size(110, 110), 0, 0, Imgproc.INTER_AREA);
        });
        assertEquals(Issue.TOO_SMALL, verdict.issue());
        assertTrue(verdict.reason().startsWith("Face is 4") && verdict.reason().endsWith("smaller than 60 px: come closer"),
                verdict.reason());
    }

    @Test
    void rejectsBlurredFaces() {
        QualityVerdict blurred = verdict(BlazeFaceDetectorTest.SINGLE_FACES.get(1), image -> {
            Imgproc.GaussianBlur(image, image, new Size(0, 0), 2.5);
        });
        assertEquals(Issue.BLURRED, blurred.issue(), blurred.reason());
        // Out of focus in the original photo.
        assertEquals(Issue.BLURRED, verdict("John_Thune/John_Thune_0001.jpg", null).issue());
    }

    @Test
    void rejectsFacesTurnedAway() {
        for (String image : List.of("Allan_Houston/Allan_Houston_0001.jpg", "Phil_Gramm/Phil_Gramm_0002.jpg",
                "Bill_Frist/Bill_Frist_0002.jpg")) {
            QualityVerdict verdict = verdict(image, null);
            assertEquals(Issue.TURNED_AWAY, verdict.issue(), image + ": " + verdict);
        }
    }

    @Test
    void yawIsTheNoseOffsetAlongTheEyeLineWhateverTheRoll() {
        Landmarks frontal = new Landmarks(new Point(100, 100), new Point(140, 100), new Point(120, 125), new Point(105, 145),
                new Point(135, 145));
        assertEquals(0, QualityGate.yaw(frontal), 1e-6);
        Landmarks turned = new Landmarks(new Point(100, 100), new Point(140, 100), new Point(140, 125), new Point(118, 145),
                new Point(142, 145));
        assertEquals(0.5, QualityGate.yaw(turned), 1e-6);
        // The same face rolled by 90 degrees.
        Landmarks rolled = new Landmarks(new Point(100, 100), new Point(100, 140), new Point(75, 140), new Point(55, 118),
                new Point(55, 142));
        assertEquals(0.5, QualityGate.yaw(rolled), 1e-6);
        Box box = new Box(80, 80, 80, 80);
        Mat image = SharedData.lfwImage(BlazeFaceDetectorTest.SINGLE_FACES.get(0));
        Mat crop = models.aligner().align(image, frontal);
        try {
            assertEquals(Issue.TURNED_AWAY, new QualityGate(60, 0, 0.4f).check(box, turned, crop).issue());
            assertTrue(new QualityGate(60, 0, 0.6f).check(box, turned, crop).accepted());
        } finally {
            image.release();
            crop.release();
        }
    }

    private interface Edit {
        void apply(Mat image);
    }

    /** The verdict on the face nearest the middle of an LFW image, optionally edited first. */
    private QualityVerdict verdict(String image, Edit edit) {
        Mat bgr = SharedData.lfwImage(image);
        try {
            if (edit != null) {
                edit.apply(bgr);
            }
            Detection face = LfwEvaluation.central(models.detector().detect(bgr), bgr.cols(), bgr.rows());
            assertTrue(face != null, image + ": no face");
            Landmarks landmarks = models.landmarker().locate(bgr, face.box());
            Mat crop = models.aligner().align(bgr, landmarks);
            try {
                return gate.check(face.box(), landmarks, crop);
            } finally {
                crop.release();
            }
        } finally {
            bgr.release();
        }
    }
}
