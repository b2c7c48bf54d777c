package org.gatepass.vision.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gatepass.vision.Box;
import org.gatepass.vision.Landmarks;
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
            float[] f = new float[15];
            for (int i = 0; i < 14; i++) {
                f[i] = rows[r + i] * toFrame;
            }
            Point mouth = new Point((f[10] + f[12]) / 2, (f[11] + f[13]) / 2);
            detections.add(new Detection(new Box(f[0], f[1], Math.max(0, f[2]), Math.max(0, f[3])), rows[r + 14],
                    new Landmarks(new Point(f[4], f[5]), new Point(f[6], f[7]), new Point(f[8], f[9]), mouth)));
        }
        return detections;
    }
}
