package org.gatepass.camera.opencv.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.gatepass.core.camera.capture.CameraConnector;
import org.gatepass.core.camera.capture.CaptureException;
import org.gatepass.core.camera.capture.FrameReader;
import org.opencv.videoio.VideoCapture;
import org.opencv.videoio.Videoio;

/** Opens recorded pictures: a folder of images, or an MJPEG AVI file. */
record ReplayConnector(Path path) implements CameraConnector {

    static ReplayConnector of(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("The setting path is required: a folder of images or an MJPEG AVI file");
        }
        return new ReplayConnector(Path.of(path.strip()));
    }

    @Override
    public FrameReader connect() throws CaptureException {
        OpenCvLibrary.load();
        if (Files.isDirectory(path)) {
            return ImageFolderReader.open(path);
        }
        if (!Files.isReadable(path)) {
            throw new CaptureException(Files.exists(path) ? "cannot read " + path : path + " does not exist");
        }
        // OpenCV's own MJPEG reader: the openpnp build has no FFmpeg, and it needs none for MJPEG AVI files.
        VideoCapture video = new VideoCapture(path.toString(), Videoio.CAP_OPENCV_MJPEG);
        if (!video.isOpened()) {
            video.release();
            throw new CaptureException("cannot play " + path + ": not an MJPEG AVI file");
        }
        return new VideoCaptureReader(video, path.toString(), true);
    }
}
