package org.gatepass.vision;

/**
 * Five facial landmarks in frame pixels, in the order face-recognition templates use. "Right" and
 * "left" are the person's own: on a face looking at the camera the right eye is the one further left
 * in the image.
 */
public record Landmarks(Point rightEye, Point leftEye, Point noseTip, Point mouthRight, Point mouthLeft) {

    public float eyeDistance() {
        return rightEye.distanceTo(leftEye);
    }
}
