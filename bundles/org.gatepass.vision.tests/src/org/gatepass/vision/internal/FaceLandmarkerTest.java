package org.gatepass.vision.internal;

import static org.gatepass.vision.internal.FaceAssertions.asLandmarks;
import static org.gatepass.vision.internal.FaceAssertions.assertNear;
import static org.gatepass.vision.internal.FaceAssertions.assertPlausibleFace;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.gatepass.vision.Landmarks;
import org.gatepass.vision.Point;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

class FaceLandmarkerTest {
    private final FaceModels models = TestModels.shipped();

    @Test
    void placesFiveLandmarksWhereTheDetectorSawTheFace() {
        for (String image : BlazeFaceDetectorTest.SINGLE_FACES) {
            Mat bgr = SharedData.lfwImage(image);
            try {
                Detection face = models.detector().detect(bgr).get(0);
                Landmarks l = models.landmarker().locate(bgr, face.box());
                assertPlausibleFace(face.box(), l, image);
                Landmarks coarse = asLandmarks(face.keypoints());
                float tolerance = 0.3f * coarse.eyeDistance();
                assertNear(coarse.rightEye(), l.rightEye(), tolerance, image + " right eye");
                assertNear(coarse.leftEye(), l.leftEye(), tolerance, image + " left eye");
                assertNear(coarse.noseTip(), l.noseTip(), tolerance, image + " nose tip");
            } finally {
                bgr.release();
            }
        }
    }

    @Test
    void givesTheSameLandmarksWhereverTheFaceIsInACameraFrame() {
        Mat face = SharedData.lfwImage(BlazeFaceDetectorTest.SINGLE_FACES.get(5));
        Mat frame = new Mat();
        try {
            Core.copyMakeBorder(face, frame, 200, 30, 360, 30, Core.BORDER_CONSTANT, Scalar.all(20));
            Landmarks alone = models.landmarker().locate(face, models.detector().detect(face).get(0).box());
            List<Detection> faces = models.detector().detect(frame);
            assertEquals(1, faces.size());
            Landmarks inFrame = models.landmarker().locate(frame, faces.get(0).box());
            // Unlike the detector's keypoints, these do not coarsen when the face is small in the frame.
            float tolerance = 0.08f * alone.eyeDistance();
            Point[] expected = {alone.rightEye(), alone.leftEye(), alone.noseTip(), alone.mouthRight(), alone.mouthLeft()};
            Point[] actual = {inFrame.rightEye(), inFrame.leftEye(), inFrame.noseTip(), inFrame.mouthRight(), inFrame.mouthLeft()};
            for (int i = 0; i < expected.length; i++) {
                assertNear(new Point(expected[i].x() + 360, expected[i].y() + 200), actual[i], tolerance, "landmark " + i);
            }
        } finally {
            face.release();
            frame.release();
        }
    }
}
