package org.gatepass.vision.internal;

import java.util.Optional;

import org.gatepass.vision.Frame;
import org.gatepass.vision.QrDecoder;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.objdetect.QRCodeDetectorAruco;
import org.osgi.service.component.annotations.Component;

/** OpenCV's QRCodeDetectorAruco, one per calling thread: a detector keeps state between calls. */
@Component(service = QrDecoder.class)
public final class ArucoQrDecoder implements QrDecoder {
    private final ThreadLocal<QRCodeDetectorAruco> detectors;

    public ArucoQrDecoder() {
        OpenCv.load();
        detectors = ThreadLocal.withInitial(QRCodeDetectorAruco::new);
    }

    @Override
    public Optional<String> decode(Frame frame) {
        Mat image = new Mat(frame.height(), frame.width(), CvType.CV_8UC3);
        try {
            image.put(0, 0, frame.bgr());
            String text = detectors.get().detectAndDecode(image);
            return text == null || text.isEmpty() ? Optional.empty() : Optional.of(text);
        } finally {
            image.release();
        }
    }
}
