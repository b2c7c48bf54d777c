package org.gatepass.vision.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gatepass.vision.Point;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;
import org.opencv.dnn.Net;
import org.opencv.imgproc.Imgproc;

/**
 * MediaPipe BlazeFace short range (TFLite, 128x128 RGB in [-1, 1]). The frame is scaled so its longer
 * side fits and padded to a square, so faces keep their shape at any frame size. The network answers
 * 896 anchors with a score and 16 regressors each (box centre and size, then 6 keypoints: right eye,
 * left eye, nose tip, mouth centre, right and left ear tragion), offsets in input pixels from the
 * anchor centre. Boxes are square and span about brows to chin.
 */
final class BlazeFaceDetector implements FaceDetector {
    /** MediaPipe's own default. */
    static final float DEFAULT_MIN_SCORE = 0.5f;
    private static final int INPUT_SIZE = 128;
    private static final int ANCHORS = 896;
    private static final int REGRESSORS = 16;
    private static final int KEYPOINTS = 6;
    private static final float NMS_MIN_IOU = 0.3f;
    private static final List<String> OUTPUTS = List.of("regressors", "classificators");
    private static final float[] ANCHOR_CENTRES = anchorCentres();

    private final Net net;
    private final float minScore;

    BlazeFaceDetector(Path model, float minScore) {
        OpenCv.load();
        this.net = Dnn.readNetFromTFLite(model.toString());
        this.minScore = minScore;
    }

    @Override
    public List<Detection> detect(Mat bgr) {
        int side = Math.max(bgr.cols(), bgr.rows());
        float[] regressors = new float[ANCHORS * REGRESSORS];
        float[] logits = new float[ANCHORS];
        try (MatScope scope = new MatScope()) {
            // NCHW: the importer rejects the NHWC layout the TFLite model declares.
            Mat blob = scope.add(Dnn.blobFromImage(squareInput(bgr, scope), 1 / 127.5, new Size(INPUT_SIZE, INPUT_SIZE),
                    new Scalar(127.5, 127.5, 127.5), true, false));
            net.setInput(blob);
            List<Mat> outputs = new ArrayList<>();
            net.forward(outputs, OUTPUTS);
            outputs.forEach(scope::add);
            scope.add(outputs.get(0).reshape(1, 1)).get(0, 0, regressors);
            scope.add(outputs.get(1).reshape(1, 1)).get(0, 0, logits);
        }
        List<WeightedNms.Candidate> candidates = new ArrayList<>();
        for (int a = 0; a < ANCHORS; a++) {
            float score = sigmoid(logits[a]);
            if (score >= minScore) {
                candidates.add(decode(regressors, a, score, side));
            }
        }
        List<Detection> detections = new ArrayList<>();
        for (WeightedNms.Candidate c : WeightedNms.apply(candidates, NMS_MIN_IOU)) {
            float[] v = c.values();
            List<Point> keypoints = new ArrayList<>(KEYPOINTS);
            for (int k = 0; k < KEYPOINTS; k++) {
                keypoints.add(new Point(v[4 + 2 * k], v[5 + 2 * k]));
            }
            detections.add(new Detection(c.box(), c.score(), List.copyOf(keypoints)));
        }
        return detections;
    }

    /** The frame scaled to fit 128x128 and padded with black at the right or bottom. */
    private static Mat squareInput(Mat bgr, MatScope scope) {
        double scale = (double) INPUT_SIZE / Math.max(bgr.cols(), bgr.rows());
        int width = Math.clamp(Math.round(bgr.cols() * scale), 1, INPUT_SIZE);
        int height = Math.clamp(Math.round(bgr.rows() * scale), 1, INPUT_SIZE);
        Mat scaled = scope.newMat();
        Imgproc.resize(bgr, scaled, new Size(width, height), 0, 0, scale < 1 ? Imgproc.INTER_AREA : Imgproc.INTER_LINEAR);
        Mat square = scope.newMat();
        Core.copyMakeBorder(scaled, square, 0, INPUT_SIZE - height, 0, INPUT_SIZE - width, Core.BORDER_CONSTANT, Scalar.all(0));
        return square;
    }

    /** Box as (x, y, width, height) then the keypoints, all in frame pixels. */
    private static WeightedNms.Candidate decode(float[] regressors, int anchor, float score, int side) {
        int r = anchor * REGRESSORS;
        float ax = ANCHOR_CENTRES[2 * anchor];
        float ay = ANCHOR_CENTRES[2 * anchor + 1];
        float pixels = (float) side / INPUT_SIZE;
        float cx = ax * side + regressors[r] * pixels;
        float cy = ay * side + regressors[r + 1] * pixels;
        float w = Math.max(0, regressors[r + 2] * pixels);
        float h = Math.max(0, regressors[r + 3] * pixels);
        float[] values = new float[4 + 2 * KEYPOINTS];
        values[0] = cx - w / 2;
        values[1] = cy - h / 2;
        values[2] = w;
        values[3] = h;
        for (int k = 0; k < KEYPOINTS; k++) {
            values[4 + 2 * k] = ax * side + regressors[r + 4 + 2 * k] * pixels;
            values[5 + 2 * k] = ay * side + regressors[r + 5 + 2 * k] * pixels;
        }
        return new WeightedNms.Candidate(values, score);
    }

    private static float sigmoid(float logit) {
        return (float) (1 / (1 + Math.exp(-Math.clamp(logit, -100f, 100f))));
    }

    /**
     * Anchor centres as MediaPipe's SSD anchor options for this model produce them (strides 8, 16, 16,
     * 16; fixed unit size; 2 anchors per layer and cell, layers of equal stride sharing a grid): a 16x16
     * grid with 2 anchors per cell, then an 8x8 grid with 6, cells row by row, as fractions of the input.
     */
    private static float[] anchorCentres() {
        float[] centres = new float[2 * ANCHORS];
        int i = 0;
        for (int[] grid : new int[][] {{16, 2}, {8, 6}}) {
            int cells = grid[0];
            for (int y = 0; y < cells; y++) {
                for (int x = 0; x < cells; x++) {
                    for (int n = 0; n < grid[1]; n++) {
                        centres[i++] = (x + 0.5f) / cells;
                        centres[i++] = (y + 0.5f) / cells;
                    }
                }
            }
        }
        return centres;
    }
}
