package org.gatepass.camera.opencv.internal;

import org.gatepass.core.camera.Frame;
import org.gatepass.core.camera.capture.CaptureException;
import org.gatepass.core.camera.capture.FrameReader;
import org.opencv.core.Mat;
import org.opencv.videoio.VideoCapture;
import org.opencv.videoio.Videoio;

/** Frames from an opened OpenCV {@link VideoCapture}: a live device, or a video file played in a loop. */
final class VideoCaptureReader implements FrameReader {
    private final VideoCapture capture;
    private final String description;
    private final boolean loop;

    /** Takes over {@code capture} and releases it on close. */
    VideoCaptureReader(VideoCapture capture, String description, boolean loop) {
        this.capture = capture;
        this.description = description;
        this.loop = loop;
    }

    @Override
    public Frame read(String cameraId, long sequence) throws CaptureException {
        Mat image = new Mat();
        try {
            boolean read = capture.read(image);
            if (!read && loop) {
                capture.set(Videoio.CAP_PROP_POS_FRAMES, 0);
                read = capture.read(image);
            }
            if (!read) {
                throw new CaptureException(loop ? "no readable frame in " + description : description + " stopped delivering frames");
            }
            return BgrFrames.copy(image, cameraId, sequence);
        } finally {
            image.release();
        }
    }

    /** A file played in a loop is a recording; a device is live. */
    @Override
    public boolean isLive() {
        return !loop;
    }

    @Override
    public void close() {
        capture.release();
    }
}
