package org.gatepass.vision;

/**
 * The facial landmarks every detector gives, in frame pixels. "Right" and "left" are the person's own:
 * on a face looking at the camera the right eye is the one further left in the image.
 */
public record Landmarks(Point rightEye, Point leftEye, Point noseTip, Point mouth) {

    public float eyeDistance() {
        return rightEye.distanceTo(leftEye);
    }
}
