package org.gatepass.vision.internal;

import static org.gatepass.vision.internal.FaceAssertions.asLandmarks;
import static org.gatepass.vision.internal.FaceAssertions.assertNear;
import static org.gatepass.vision.internal.FaceAssertions.assertPlausibleFace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gatepass.vision.Box;
import org.gatepass.vision.Point;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

class BlazeFaceDetectorTest {
    /** LFW images with nobody else in the picture, checked by eye. */
    static final List<String> SINGLE_FACES = List.of("Abel_Pacheco/Abel_Pacheco_0001.jpg",
            "Akhmed_Zakayev/Akhmed_Zakayev_0001.jpg", "Akhmed_Zakayev/Akhmed_Zakayev_0002.jpg",
            "Amber_Tamblyn/Amber_Tamblyn_0001.jpg", "Anders_Fogh_Rasmussen/Anders_Fogh_Rasmussen_0001.jpg",
            "Angela_Bassett/Angela_Bassett_0001.jpg", "Angela_Bassett/Angela_Bassett_0002.jpg",
            "Ann_Veneman/Ann_Veneman_0003.jpg", "Ann_Veneman/Ann_Veneman_0006.jpg", "Ann_Veneman/Ann_Veneman_0010.jpg",
            "Anthony_Fauci/Anthony_Fauci_0001.jpg", "Antony_Leung/Antony_Leung_0001.jpg", "Antony_Leung/Antony_Leung_0002.jpg",
            "Augusto_Pinochet/Augusto_Pinochet_0001.jpg", "Barbara_Brezigar/Barbara_Brezigar_0001.jpg",
            "Benjamin_Netanyahu/Benjamin_Netanyahu_0004.jpg", "Bernard_Law/Bernard_Law_0002.jpg",
            "Bernard_Law/Bernard_Law_0003.jpg", "Bill_Frist/Bill_Frist_0002.jpg");

    private final FaceDetector detector = TestModels.shipped().detector();

    @Test
    void findsExactlyOneFaceWithPlausibleLandmarksInSingleFacePhotos() {
        for (String image : SINGLE_FACES) {
            Mat bgr = SharedData.lfwImage(image);
            try {
                List<Detection> faces = detector.detect(bgr);
                assertEquals(1, faces.size(), image + ": " + faces);
                Detection face = faces.get(0);
                assertTrue(face.score() >= BlazeFaceDetector.DEFAULT_MIN_SCORE && face.score() <= 1, image);
                assertEquals(6, face.keypoints().size());
                assertPlausibleFace(face.box(), asLandmarks(face.keypoints()), image);
                // Ear tragions: the right one further left in the image (the nose may pass it on a turned face).
                assertTrue(face.keypoints().get(4).x() < face.keypoints().get(5).x(), image + " ears");
                // LFW centres the labelled face in its 250x250 picture.
                float cx = face.box().x() + face.box().width() / 2, cy = face.box().y() + face.box().height() / 2;
                assertNear(new Point(125, 125), new Point(cx, cy), 30, image + " box centre");
            } finally {
                bgr.release();
            }
        }
    }

    @Test
    void findsNoFaceInBlankOrNoiseFrames() {
        Mat grey = new Mat(480, 640, CvType.CV_8UC3, Scalar.all(128));
        Mat black = new Mat(480, 640, CvType.CV_8UC3, Scalar.all(0));
        Mat noise = new Mat(480, 640, CvType.CV_8UC3);
        try {
            Core.setRNGSeed(7);
            Core.randu(noise, 0, 256);
            for (Mat frame : List.of(grey, black, noise)) {
                assertEquals(List.of(), detector.detect(frame));
            }
        } finally {
            grey.release();
            black.release();
            noise.release();
        }
    }

    @Test
    void reportsTheSameFaceInFramePixelsWhateverTheFrameShape() {
        Mat face = SharedData.lfwImage(SINGLE_FACES.get(0));
        Mat wide = new Mat();
        Mat tall = new Mat();
        try {
            Detection alone = detector.detect(face).get(0);
            Core.copyMakeBorder(face, wide, 100, 130, 300, 90, Core.BORDER_CONSTANT, Scalar.all(0));
            Core.copyMakeBorder(face, tall, 400, 150, 20, 30, Core.BORDER_REPLICATE);
            record Framed(Mat frame, int dx, int dy) {
            }
            for (Framed framed : List.of(new Framed(wide, 300, 100), new Framed(tall, 20, 400))) {
                Mat frame = framed.frame();
                int dx = framed.dx(), dy = framed.dy();
                List<Detection> faces = detector.detect(frame);
                assertEquals(1, faces.size(), frame.size() + ": " + faces);
                Detection found = faces.get(0);
                // The face fills less of the 128x128 input in a larger frame: keypoints are coarser there.
                float tolerance = 0.15f * found.box().width();
                assertNear(shift(new Point(alone.box().x(), alone.box().y()), dx, dy), new Point(found.box().x(), found.box().y()),
                        tolerance, frame.size() + " box corner");
                for (int k = 0; k < 6; k++) {
                    assertNear(shift(alone.keypoints().get(k), dx, dy), found.keypoints().get(k), tolerance,
                            frame.size() + " keypoint " + k);
                }
            }
        } finally {
            face.release();
            wide.release();
            tall.release();
        }
    }

    /** The time per frame is measured by the vision bench (docs/performance.md), not here. */
    @Test
    void findsTheFaceWhereItIsInA640x480Frame() {
        Mat face = SharedData.lfwImage(SINGLE_FACES.get(0));
        Mat frame = new Mat();
        try {
            Core.copyMakeBorder(face, frame, 115, 115, 195, 195, Core.BORDER_CONSTANT, Scalar.all(0));
            List<Detection> found = detector.detect(frame);
            assertEquals(1, found.size());
            Box box = found.get(0).box();
            assertTrue(box.x() >= 195 && box.y() >= 115 && box.x() + box.width() <= 195 + face.cols()
                    && box.y() + box.height() <= 115 + face.rows(), "the box lies on the pasted photo: " + box);
        } finally {
            face.release();
            frame.release();
        }
    }

    private static Point shift(Point p, int dx, int dy) {
        return new Point(p.x() + dx, p.y() + dy);
    }
}
