package org.gatepass.vision.internal;

/**
 * The rotation, uniform scale and translation that best maps one point set onto another in the
 * least-squares sense (closed form). Unlike OpenCV's estimateAffinePartial2D it has no random sampling,
 * so the same landmarks always give the same crop.
 */
final class Similarity {

    private Similarity() {
    }

    /**
     * @param from x, y pairs
     * @param to   x, y pairs, as many as {@code from}
     * @return the 2x3 matrix [a, -b, tx; b, a, ty], row by row
     */
    static double[] fit(float[] from, float[] to) {
        int n = from.length / 2;
        double fx = 0, fy = 0, tx = 0, ty = 0;
        for (int i = 0; i < n; i++) {
            fx += from[2 * i];
            fy += from[2 * i + 1];
            tx += to[2 * i];
            ty += to[2 * i + 1];
        }
        fx /= n;
        fy /= n;
        tx /= n;
        ty /= n;
        double norm = 0, dotSum = 0, crossSum = 0;
        for (int i = 0; i < n; i++) {
            double px = from[2 * i] - fx, py = from[2 * i + 1] - fy;
            double qx = to[2 * i] - tx, qy = to[2 * i + 1] - ty;
            norm += px * px + py * py;
            dotSum += px * qx + py * qy;
            crossSum += px * qy - py * qx;
        }
        if (norm == 0) {
            throw new IllegalArgumentException("The source points all coincide");
        }
        double a = dotSum / norm, b = crossSum / norm;
        return new double[] {a, -b, tx - (a * fx - b * fy), b, a, ty - (b * fx + a * fy)};
    }
}
