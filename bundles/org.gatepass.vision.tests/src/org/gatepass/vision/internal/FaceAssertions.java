package org.gatepass.vision.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gatepass.vision.Box;
import org.gatepass.vision.Landmarks;
import org.gatepass.vision.Point;

/** What any upright face must look like. */
final class FaceAssertions {

    private FaceAssertions() {
    }

    static void assertPlausibleFace(Box b, Landmarks l, String where) {
        String what = where + ": " + b + ", " + l;
        assertTrue(l.rightEye().x() < l.leftEye().x(), "right eye left of the left eye in the image; " + what);
        assertTrue(l.mouthRight().x() <= l.mouthLeft().x(), "right mouth corner left of the left one; " + what);
        float eyesY = Math.max(l.rightEye().y(), l.leftEye().y());
        float mouthY = Math.min(l.mouthRight().y(), l.mouthLeft().y());
        assertTrue(eyesY < l.noseTip().y() && l.noseTip().y() < mouthY, "eyes above nose above mouth; " + what);
        float eyeDistance = l.eyeDistance() / b.width();
        assertTrue(eyeDistance > 0.2f && eyeDistance < 0.65f, "eye distance " + eyeDistance + " of the box width; " + what);
        Box around = new Box(b.x() - b.width() * 0.1f, b.y() - b.height() * 0.1f, b.width() * 1.2f, b.height() * 1.2f);
        for (Point p : new Point[] {l.rightEye(), l.leftEye(), l.noseTip(), l.mouthRight(), l.mouthLeft()}) {
            assertTrue(p.x() >= around.x() && p.x() <= around.x() + around.width() && p.y() >= around.y()
                    && p.y() <= around.y() + around.height(), p + " inside the box; " + what);
        }
    }

    /** A detector's keypoints as landmarks: YuNet's five as they are, BlazeFace's mouth centre as both corners. */
    static Landmarks asLandmarks(List<Point> keypoints) {
        return keypoints.size() == 6
                ? new Landmarks(keypoints.get(0), keypoints.get(1), keypoints.get(2), keypoints.get(3), keypoints.get(3))
                : new Landmarks(keypoints.get(0), keypoints.get(1), keypoints.get(2), keypoints.get(3), keypoints.get(4));
    }

    static void assertNear(Point expected, Point actual, float tolerance, String what) {
        assertTrue(expected.distanceTo(actual) <= tolerance, what + ": expected " + expected + " within " + tolerance + ", got " + actual);
    }
}
