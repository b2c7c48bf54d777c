package org.gatepass.camera.opencv.internal;

import java.time.Instant;

import org.gatepass.core.camera.Frame;
import org.gatepass.core.camera.capture.CaptureException;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/** Copies OpenCV images into frames, so no native memory outlives the read that produced it. */
final class BgrFrames {
    private BgrFrames() {
    }

    static Frame copy(Mat image, String cameraId, long sequence) throws CaptureException {
        if (image.type() != CvType.CV_8UC3) {
            throw new CaptureException("unexpected pixel format " + CvType.typeToString(image.type()) + ", expected 8-bit BGR");
        }
        byte[] bgr = new byte[Math.toIntExact(image.total() * Frame.BYTES_PER_PIXEL)];
        image.get(0, 0, bgr);
        return new Frame(cameraId, image.cols(), image.rows(), bgr, Instant.now(), sequence);
    }
}
