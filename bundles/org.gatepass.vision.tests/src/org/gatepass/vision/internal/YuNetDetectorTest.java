package org.gatepass.vision.internal;

import static org.gatepass.vision.internal.FaceAssertions.asLandmarks;
import static org.gatepass.vision.internal.FaceAssertions.assertNear;
import static org.gatepass.vision.internal.FaceAssertions.assertPlausibleFace;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.gatepass.vision.Landmarks;
import org.gatepass.vision.Point;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/** The alternative detector, with the YuNet model from the shared test data. */
class YuNetDetectorTest {

    @Test
    void findsTheSameFacesAsBlazeFace() {
        FaceDetector yunet = new YuNetDetector(SharedData.yunetModel(), YuNetDetector.DEFAULT_MIN_SCORE);
        FaceDetector blazeFace = TestModels.shipped().detector();
        for (String image : BlazeFaceDetectorTest.SINGLE_FACES) {
            Mat bgr = SharedData.lfwImage(image);
            try {
                List<Detection> faces = yunet.detect(bgr);
                assertEquals(1, faces.size(), image + ": " + faces);
                assertEquals(5, faces.get(0).keypoints().size());
                Landmarks y = asLandmarks(faces.get(0).keypoints());
                assertPlausibleFace(faces.get(0).box(), y, image);
                Landmarks b = asLandmarks(blazeFace.detect(bgr).get(0).keypoints());
                // The two models place their points differently (e.g. eye centre vs pupil), but on the same face.
                float tolerance = 0.35f * b.eyeDistance();
                assertNear(b.rightEye(), y.rightEye(), tolerance, image + " right eye");
                assertNear(b.leftEye(), y.leftEye(), tolerance, image + " left eye");
                assertNear(b.noseTip(), y.noseTip(), tolerance, image + " nose tip");
            } finally {
                bgr.release();
            }
        }
    }

    @Test
    void shrinksLargeFramesAndReportsFacesInTheirPixels() {
        FaceDetector yunet = new YuNetDetector(SharedData.yunetModel(), YuNetDetector.DEFAULT_MIN_SCORE);
        Mat face = SharedData.lfwImage(BlazeFaceDetectorTest.SINGLE_FACES.get(0));
        Mat at640 = new Mat();
        Mat at1000 = new Mat();
        Mat blank = new Mat(1080, 1920, CvType.CV_8UC3, Scalar.all(90));
        try {
            Imgproc.resize(face, at640, new Size(640, 640));
            Imgproc.resize(face, at1000, new Size(1000, 1000));
            Landmarks expected = asLandmarks(yunet.detect(at640).get(0).keypoints());
            List<Detection> faces = yunet.detect(at1000);
            assertEquals(1, faces.size());
            Landmarks l = asLandmarks(faces.get(0).keypoints());
            float scale = 1000 / 640f;
            assertNear(new Point(expected.noseTip().x() * scale, expected.noseTip().y() * scale), l.noseTip(), 3,
                    "nose tip at 1000x1000, detected at 640x640");
            assertNear(new Point(expected.leftEye().x() * scale, expected.leftEye().y() * scale), l.leftEye(), 3,
                    "left eye at 1000x1000, detected at 640x640");
            assertEquals(List.of(), yunet.detect(blank));
        } finally {
            face.release();
            at640.release();
            at1000.release();
            blank.release();
        }
    }
}
