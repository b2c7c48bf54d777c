package org.gatepass.vision.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gatepass.vision.Box;
import org.gatepass.vision.Point;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.FaceDetectorYN;

/**
 * OpenCV Zoo's YuNet through {@link FaceDetectorYN}, the alternative detector. Its rows are x, y, w,
 * h, five landmarks (right eye, left eye, nose tip, right and left mouth corner) and a score. Frames
 * are shrunk to at most 640 px first: YuNet runs at the input size, and larger frames only cost time.
 */
final class YuNetDetector implements FaceDetector {
    /** OpenCV's own default: below it YuNet also reports half faces at the picture's edge. */
    static final float DEFAULT_MIN_SCORE = 0.9f;
    private static final int MAX_SIDE = 640;
    private static final float NMS_THRESHOLD = 0.3f;
    private static final int TOP_K = 5000;

    private final FaceDetectorYN yunet;

    YuNetDetector(Path model, float minScore) {
        OpenCv.load();
        this.yunet = FaceDetectorYN.create(model.toString(), "", new Size(MAX_SIDE, MAX_SIDE), minScore, NMS_THRESHOLD, TOP_K);
    }

    @Override
    public List<Detection> detect(Mat bgr) {
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(bgr.cols(), bgr.rows()));
        float[] rows;
        try (MatScope scope = new MatScope()) {
            Mat input = bgr;
            if (scale < 1) {
                input = scope.newMat();
                Imgproc.resize(bgr, input, new Size(Math.round(bgr.cols() * scale), Math.round(bgr.rows() * scale)), 0, 0,
                        Imgproc.INTER_AREA);
            }
            yunet.setInputSize(input.size());
            Mat faces = scope.newMat();
            yunet.detect(input, faces);
            rows = new float[(int) faces.total() * faces.channels()];
            if (rows.length > 0) {
                faces.get(0, 0, rows);
            }
        }
        float toFrame = (float) (1 / scale);
        List<Detection> detections = new ArrayList<>();
        for (int r = 0; r + 15 <= rows.length; r += 15) {
            List<Point> keypoints = new ArrayList<>(5);
            for (int k = 0; k < 5; k++) {
                keypoints.add(new Point(rows[r + 4 + 2 * k] * toFrame, rows[r + 5 + 2 * k] * toFrame));
            }
            Box box = new Box(rows[r] * toFrame, rows[r + 1] * toFrame, Math.max(0, rows[r + 2] * toFrame),
                    Math.max(0, rows[r + 3] * toFrame));
            detections.add(new Detection(box, rows[r + 14], List.copyOf(keypoints)));
        }
        return detections;
    }
}
