package org.gatepass.vision;

/**
 * How an embedding model's similarities behave between different people, so that the gate can pick the
 * threshold for a wanted false-positive identification rate (FPIR: a stranger's track attributed to
 * anybody enrolled) at the gallery size it has.
 * <p>
 * Model: the chance that a stranger reaches similarity {@code t} with one given enrolled person (best of
 * their templates) falls exponentially in the tail, {@code fmr(t) = exp(logIntercept + slope * t)}; a
 * stranger compared with {@code n} persons is attributed to someone with {@code 1 - (1 - fmr(t))^n}. On LFW
 * this predicted the FPIR measured with galleries of 200 and 1,000 within sampling noise. The threshold
 * never goes below {@code floor}, the model's own per-pair operating point. A model without a tail
 * ({@link #fixed(float)}) always uses its floor.
 */
public record OpenSetCalibration(float floor, double logIntercept, double slope) {

    public OpenSetCalibration {
        if (!(floor > -1 && floor < 1)) {
            throw new IllegalArgumentException("The floor is a cosine similarity between -1 and 1, not " + floor);
        }
        if (slope > 0 || Double.isNaN(slope) || Double.isNaN(logIntercept)) {
            throw new IllegalArgumentException("The impostor tail falls with the similarity: slope < 0 (or 0 for none), not " + slope);
        }
    }

    /** A model known only by one threshold. */
    public static OpenSetCalibration fixed(float threshold) {
        return new OpenSetCalibration(threshold, 0, 0);
    }

    public boolean hasTail() {
        return slope != 0;
    }

    /**
     * The lowest similarity at which a stranger is attributed to one of {@code persons} enrolled people
     * with at most the chance {@code targetFpir}.
     */
    public float threshold(int persons, double targetFpir) {
        if (!(targetFpir > 0 && targetFpir < 1)) {
            throw new IllegalArgumentException("The target FPIR is a rate between 0 and 1, not " + targetFpir);
        }
        if (!hasTail() || persons < 1) {
            return floor;
        }
        // per-person false match rate that gives targetFpir over `persons` independent comparisons
        double perPerson = -Math.expm1(Math.log1p(-targetFpir) / persons);
        double t = (Math.log(perPerson) - logIntercept) / slope;
        return (float) Math.min(0.99, Math.max(floor, t));
    }
}
