package org.gatepass.camera.opencv.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.gatepass.camera.testing.SharedTestData;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.videoio.VideoWriter;
import org.opencv.videoio.Videoio;

/** Pictures for replay tests: real LFW photos from ../shared, and images and videos written here with OpenCV. */
final class TestPictures {
    private TestPictures() {
    }

    /** One LFW person's folder (14 photos of 250x250); the test is skipped when ../shared is not beside the project. */
    static Path lfwFolder() {
        String shared = System.getProperty("gatepass.shared");
        Path folder = shared == null ? null : Path.of(shared, "faces", "lfw-dev", "images", "Tony_Blair");
        SharedTestData.assumePresent(folder != null && Files.isDirectory(folder),
                () -> "the LFW images are not at " + folder + " (set -Dgatepass.shared to the shared folder)");
        return folder;
    }

    /** Writes a plain image of one BGR colour; the format follows the file name. */
    static Path writeImage(Path file, int width, int height, Scalar bgr) {
        OpenCvLibrary.load();
        Mat image = new Mat(height, width, CvType.CV_8UC3, bgr);
        try {
            if (!Imgcodecs.imwrite(file.toString(), image)) {
                throw new IllegalStateException("OpenCV could not write " + file);
            }
            return file;
        } finally {
            image.release();
        }
    }

    /** Writes an MJPEG AVI whose frame i is grey level {@code 20 * i}. */
    static Path writeGreyRampVideo(Path file, int frames, int width, int height) {
        OpenCvLibrary.load();
        VideoWriter writer = new VideoWriter(file.toString(), Videoio.CAP_OPENCV_MJPEG, VideoWriter.fourcc('M', 'J', 'P', 'G'),
                10, new Size(width, height), true);
        try {
            if (!writer.isOpened()) {
                throw new IllegalStateException("OpenCV could not write " + file);
            }
            for (int i = 0; i < frames; i++) {
                Mat frame = new Mat(height, width, CvType.CV_8UC3, Scalar.all(20 * i));
                try {
                    writer.write(frame);
                } finally {
                    frame.release();
                }
            }
            return file;
        } finally {
            writer.release();
        }
    }

    /** The mean of all bytes of a frame's pixels: its grey level for a grey frame. */
    static double meanLevel(byte[] bgr) {
        long sum = 0;
        for (byte b : bgr) {
            sum += b & 0xff;
        }
        return (double) sum / bgr.length;
    }
}
