package org.gatepass.vision.internal;

import java.util.Locale;

import org.gatepass.vision.Box;
import org.gatepass.vision.Landmarks;
import org.gatepass.vision.Point;
import org.gatepass.vision.QualityVerdict;
import org.gatepass.vision.QualityVerdict.Issue;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.imgproc.Imgproc;

/**
 * Drops faces that would give unreliable embeddings: too small in the frame, blurred, or turned too
 * far sideways. Sharpness is measured on the aligned crop, so it does not depend on the face's size
 * in the frame.
 */
final class QualityGate {
    /** Box side in frame pixels; the BlazeFace boxes of LFW faces measure 60 to 159 px (median 105). */
    static final float DEFAULT_MIN_FACE_SIZE = 60;
    /**
     * Rejects 9 of the 3,811 LFW dev photos (the out-of-focus ones; median 180); a Gaussian blur of
     * sigma 2 px on those 250 px photos brings the median to 18.
     */
    static final double DEFAULT_MIN_SHARPNESS = 25;
    /** Roughly a 40 degree head turn; 39 of the 3,811 LFW dev faces (1 %, three-quarter views) lie beyond. */
    static final float DEFAULT_MAX_YAW = 0.5f;

    private final float minFaceSize;
    private final double minSharpness;
    private final float maxYaw;

    /**
     * @param minFaceSize  smallest face box side, in frame pixels
     * @param minSharpness smallest variance of the Laplacian of the grey aligned crop
     * @param maxYaw       largest sideways offset of the nose tip from the eyes' midpoint, in eye distances
     */
    QualityGate(float minFaceSize, double minSharpness, float maxYaw) {
        this.minFaceSize = minFaceSize;
        this.minSharpness = minSharpness;
        this.maxYaw = maxYaw;
    }

    QualityVerdict check(Box box, Landmarks landmarks, Mat alignedBgr) {
        float size = Math.min(box.width(), box.height());
        if (size < minFaceSize) {
            return QualityVerdict.rejected(Issue.TOO_SMALL,
                    String.format(Locale.ROOT, "Face is %.0f px, smaller than %.0f px: come closer", size, minFaceSize));
        }
        float yaw = yaw(landmarks);
        if (Math.abs(yaw) > maxYaw) {
            return QualityVerdict.rejected(Issue.TURNED_AWAY,
                    String.format(Locale.ROOT, "Face is turned sideways (nose %.2f eye distances off centre, at most %.2f): look at the camera",
                            Math.abs(yaw), maxYaw));
        }
        double sharpness = sharpness(alignedBgr);
        if (sharpness < minSharpness) {
            return QualityVerdict.rejected(Issue.BLURRED,
                    String.format(Locale.ROOT, "Face is blurred (sharpness %.0f, at least %.0f): hold still", sharpness, minSharpness));
        }
        return QualityVerdict.ACCEPTED;
    }

    /**
     * How far the nose tip lies beside the eyes' midpoint along the eye line, in eye distances: about 0
     * for a frontal face, growing past +-0.5 as the head turns towards profile. Insensitive to roll.
     */
    static float yaw(Landmarks l) {
        Point r = l.rightEye();
        Point e = l.leftEye();
        float ex = e.x() - r.x(), ey = e.y() - r.y();
        float eyeDistanceSquared = ex * ex + ey * ey;
        if (eyeDistanceSquared == 0) {
            return Float.POSITIVE_INFINITY;
        }
        float nx = l.noseTip().x() - (r.x() + e.x()) / 2, ny = l.noseTip().y() - (r.y() + e.y()) / 2;
        return (nx * ex + ny * ey) / eyeDistanceSquared;
    }

    /** Variance of the Laplacian of the grey crop: low when edges are soft. */
    static double sharpness(Mat bgr) {
        try (MatScope scope = new MatScope()) {
            Mat grey = scope.newMat();
            Imgproc.cvtColor(bgr, grey, Imgproc.COLOR_BGR2GRAY);
            Mat laplacian = scope.newMat();
            Imgproc.Laplacian(grey, laplacian, CvType.CV_64F);
            MatOfDouble mean = scope.add(new MatOfDouble());
            MatOfDouble deviation = scope.add(new MatOfDouble());
            Core.meanStdDev(laplacian, mean, deviation);
            double sd = deviation.get(0, 0)[0];
            return sd * sd;
        }
    }
}
