package org.gatepass.vision.internal;

import static org.gatepass.vision.internal.FaceAssertions.assertNear;
import static org.gatepass.vision.internal.FaceAssertions.assertPlausibleFace;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.gatepass.vision.Landmarks;
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
        FaceDetector yunet = new YuNetDetector(SharedData.yunetModel(), FaceModels.DEFAULT_MIN_DETECTION_SCORE);
        FaceDetector blazeFace = TestModels.shipped().detector();
        for (String image : BlazeFaceDetectorTest.SINGLE_FACES) {
            Mat bgr = SharedData.lfwImage(image);
            try {
                List<Detection> faces = yunet.detect(bgr);
                assertEquals(1, faces.size(), image + ": " + faces);
                assertPlausibleFace(faces.get(0), image);
                Landmarks y = faces.get(0).landmarks();
                Landmarks b = blazeFace.detect(bgr).get(0).landmarks();
                // The two models place landmarks differently (e.g. eye centre vs pupil), but on the same face.
                float tolerance = 0.35f * b.eyeDistance();
                assertNear(b.rightEye(), y.rightEye(), tolerance, image + " right eye");
                assertNear(b.leftEye(), y.leftEye(), tolerance, image + " left eye");
                assertNear(b.noseTip(), y.noseTip(), tolerance, image + " nose tip");
                assertNear(b.mouth(), y.mouth(), tolerance, image + " mouth");
            } finally {
                bgr.release();
            }
        }
    }

    @Test
    void shrinksLargeFramesAndReportsFacesInTheirPixels() {
        FaceDetector yunet = new YuNetDetector(SharedData.yunetModel(), FaceModels.DEFAULT_MIN_DETECTION_SCORE);
        Mat face = SharedData.lfwImage(BlazeFaceDetectorTest.SINGLE_FACES.get(0));
        Mat large = new Mat();
        Mat blank = new Mat(1080, 1920, CvType.CV_8UC3, Scalar.all(90));
        try {
            Imgproc.resize(face, large, new Size(1000, 1000));
            Landmarks small = yunet.detect(face).get(0).landmarks();
            List<Detection> faces = yunet.detect(large);
            assertEquals(1, faces.size());
            float scale = 4;
            Landmarks l = faces.get(0).landmarks();
            assertNear(new org.gatepass.vision.Point(small.noseTip().x() * scale, small.noseTip().y() * scale), l.noseTip(),
                    0.15f * l.eyeDistance(), "nose tip at 1000x1000");
            assertEquals(List.of(), yunet.detect(blank));
        } finally {
            face.release();
            large.release();
            blank.release();
        }
    }
}
