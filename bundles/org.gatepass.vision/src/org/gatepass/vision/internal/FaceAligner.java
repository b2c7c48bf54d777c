package org.gatepass.vision.internal;

import org.gatepass.vision.Landmarks;
import org.gatepass.vision.Point;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Cuts the square face crop an embedder expects: the rotation, scale and shift that put the five
 * landmarks closest to where the ArcFace 112x112 template has them, applied with warpAffine (as
 * FaceRecognizerSF.alignCrop does, which gives the same crops).
 */
final class FaceAligner {
    /** The ArcFace 112x112 template: right eye, left eye, nose tip, right and left mouth corner. */
    static final float[] ARCFACE_112 = {38.2946f, 51.6963f, 73.5318f, 51.5014f, 56.0252f, 71.7366f, 41.5493f, 92.3655f,
            70.7299f, 92.2041f};

    private final int size;
    private final float[] template;

    /** A crop of {@code size} pixels, the template scaled to it. */
    FaceAligner(int size) {
        this.size = size;
        this.template = new float[ARCFACE_112.length];
        for (int i = 0; i < template.length; i++) {
            template[i] = ARCFACE_112[i] * size / 112f;
        }
    }

    int size() {
        return size;
    }

    /** The aligned crop; the caller releases it. */
    Mat align(Mat bgr, Landmarks landmarks) {
        double[] m = Similarity.fit(points(landmarks), template);
        Mat transform = new Mat(2, 3, CvType.CV_64F);
        try {
            transform.put(0, 0, m);
            Mat crop = new Mat();
            Imgproc.warpAffine(bgr, crop, transform, new Size(size, size), Imgproc.INTER_LINEAR, Core.BORDER_CONSTANT, Scalar.all(0));
            return crop;
        } finally {
            transform.release();
        }
    }

    private static float[] points(Landmarks l) {
        float[] p = new float[10];
        int i = 0;
        for (Point point : new Point[] {l.rightEye(), l.leftEye(), l.noseTip(), l.mouthRight(), l.mouthLeft()}) {
            p[i++] = point.x();
            p[i++] = point.y();
        }
        return p;
    }
}
