package org.gatepass.vision.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatepass.vision.Box;
import org.gatepass.vision.Landmarks;
import org.gatepass.vision.Point;

/** What any detection of an upright face must look like. */
final class FaceAssertions {

    private FaceAssertions() {
    }

    static void assertPlausibleFace(Detection face, String where) {
        Box b = face.box();
        Landmarks l = face.landmarks();
        String what = where + ": " + face;
        assertTrue(face.score() >= 0.5f && face.score() <= 1, what);
        assertTrue(l.rightEye().x() < l.leftEye().x(), "right eye left of the left eye in the image; " + what);
        float eyesY = Math.max(l.rightEye().y(), l.leftEye().y());
        assertTrue(eyesY < l.noseTip().y() && l.noseTip().y() < l.mouth().y(), "eyes above nose above mouth; " + what);
        float eyeDistance = l.eyeDistance() / b.width();
        assertTrue(eyeDistance > 0.25f && eyeDistance < 0.65f, "eye distance " + eyeDistance + " of the box width; " + what);
        Box around = new Box(b.x() - b.width() * 0.1f, b.y() - b.height() * 0.1f, b.width() * 1.2f, b.height() * 1.2f);
        for (Point p : new Point[] {l.rightEye(), l.leftEye(), l.noseTip(), l.mouth()}) {
            assertTrue(p.x() >= around.x() && p.x() <= around.x() + around.width() && p.y() >= around.y()
                    && p.y() <= around.y() + around.height(), p + " inside the box; " + what);
        }
    }

    static void assertNear(Point expected, Point actual, float tolerance, String what) {
        assertTrue(expected.distanceTo(actual) <= tolerance, what + ": expected " + expected + " within " + tolerance + ", got " + actual);
    }
}
