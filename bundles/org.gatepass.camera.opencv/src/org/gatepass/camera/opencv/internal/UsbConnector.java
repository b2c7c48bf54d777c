package org.gatepass.camera.opencv.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.gatepass.core.camera.capture.CameraConnector;
import org.gatepass.core.camera.capture.CaptureException;
import org.gatepass.core.camera.capture.FrameReader;
import org.opencv.videoio.VideoCapture;
import org.opencv.videoio.Videoio;

/**
 * Opens a camera attached to this computer.
 *
 * @param device a device index ("0" is the first camera) or a device path such as /dev/video0
 * @param width  requested width; 0 leaves the camera's default (likewise height and fps)
 */
record UsbConnector(String device, int width, int height, double fps) implements CameraConnector {

    UsbConnector {
        if (device == null || device.isBlank()) {
            throw new IllegalArgumentException("The setting device is required: a device index or path");
        }
        device = device.strip();
    }

    @Override
    public FrameReader connect() throws CaptureException {
        boolean byIndex = device.chars().allMatch(Character::isDigit);
        if (!byIndex && !Files.exists(Path.of(device))) {
            throw new CaptureException("no device " + device);
        }
        OpenCvLibrary.load();
        VideoCapture capture = byIndex ? new VideoCapture(Integer.parseInt(device)) : new VideoCapture(device);
        if (!capture.isOpened()) {
            capture.release();
            throw new CaptureException(byIndex ? "no camera with index " + device : "cannot open the camera " + device);
        }
        request(capture, Videoio.CAP_PROP_FRAME_WIDTH, width);
        request(capture, Videoio.CAP_PROP_FRAME_HEIGHT, height);
        request(capture, Videoio.CAP_PROP_FPS, fps);
        return new VideoCaptureReader(capture, "the camera " + device, false);
    }

    /** The camera picks its nearest supported value; frames carry the size it chose. */
    private static void request(VideoCapture capture, int property, double value) {
        if (value > 0) {
            capture.set(property, value);
        }
    }
}
