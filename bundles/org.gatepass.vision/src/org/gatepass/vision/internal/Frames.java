package org.gatepass.vision.internal;

import java.io.IOException;

import org.gatepass.vision.Frame;
import org.opencv.core.CvException;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

/** Conversions between the API's {@link Frame} and OpenCV Mats. */
final class Frames {

    private Frames() {
    }

    /** A new 8-bit BGR Mat holding a copy of the frame; the caller releases it. */
    static Mat toMat(Frame frame) {
        Mat mat = new Mat(frame.height(), frame.width(), CvType.CV_8UC3);
        mat.put(0, 0, frame.bgr());
        return mat;
    }

    static Frame toFrame(Mat bgr) {
        if (bgr.type() != CvType.CV_8UC3 || !bgr.isContinuous()) {
            throw new IllegalArgumentException("Expected a continuous 8-bit BGR image, not " + bgr);
        }
        byte[] pixels = new byte[bgr.cols() * bgr.rows() * 3];
        bgr.get(0, 0, pixels);
        return new Frame(bgr.cols(), bgr.rows(), pixels);
    }

    static Frame decode(byte[] encoded) throws IOException {
        OpenCv.load();
        try (MatScope scope = new MatScope()) {
            Mat image = scope.add(Imgcodecs.imdecode(scope.add(new MatOfByte(encoded)), Imgcodecs.IMREAD_COLOR));
            if (image.empty()) {
                throw new IOException("Not a readable image (" + encoded.length + " bytes): expected JPEG, PNG, BMP, TIFF or WebP");
            }
            return toFrame(image);
        } catch (CvException e) {
            throw new IOException("Not a readable image (" + encoded.length + " bytes): " + e.getMessage(), e);
        }
    }
}
