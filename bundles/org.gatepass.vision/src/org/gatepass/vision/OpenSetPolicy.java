package org.gatepass.vision;

import java.util.List;

/**
 * Decides "this is person P" or "this is nobody enrolled" for a face, the way a gate must: a stranger is
 * compared with everybody enrolled, so the threshold rises with the gallery size to keep the chance of
 * attributing a stranger to anybody at {@code targetFpir}; and the best person must lead the second-best
 * by {@code minMargin}, so two enrolled look-alikes are never confused. A camera may instead fix its
 * threshold ({@code fixedThreshold}, NaN for none): the margin still applies.
 */
public record OpenSetPolicy(double targetFpir, float minMargin, float fixedThreshold) {
    /** One stranger's track in a thousand attributed to somebody: the security default. */
    public static final double DEFAULT_TARGET_FPIR = 0.001;
    /**
     * Cost nothing measurable on LFW (FNIR unchanged at 200 and 1,000 enrolled, 0.2 points more at 0.1) and
     * keeps look-alike enrolled people apart.
     */
    public static final float DEFAULT_MIN_MARGIN = 0.05f;
    public static final OpenSetPolicy DEFAULT = new OpenSetPolicy(DEFAULT_TARGET_FPIR, DEFAULT_MIN_MARGIN, Float.NaN);

    public OpenSetPolicy {
        if (!(targetFpir > 0 && targetFpir < 1)) {
            throw new IllegalArgumentException("The target FPIR is a rate between 0 and 1, not " + targetFpir);
        }
        if (!(minMargin >= 0 && minMargin < 1)) {
            throw new IllegalArgumentException("The minimum margin lies in [0, 1), not " + minMargin);
        }
        if (!Float.isNaN(fixedThreshold) && !(fixedThreshold > -1 && fixedThreshold < 1)) {
            throw new IllegalArgumentException("A fixed threshold is a cosine similarity between -1 and 1, not " + fixedThreshold);
        }
    }

    public OpenSetPolicy withFixedThreshold(float threshold) {
        return new OpenSetPolicy(targetFpir, minMargin, threshold);
    }

    /** The similarity the best person must reach with {@code persons} people enrolled. */
    public float threshold(OpenSetCalibration calibration, int persons) {
        return Float.isNaN(fixedThreshold) ? calibration.threshold(persons, targetFpir) : fixedThreshold;
    }

    /**
     * @param nearest the nearest enrolled persons, best first (at least the two best when there are two)
     * @param persons how many people are enrolled
     */
    public Identity decide(List<Candidate> nearest, int persons, OpenSetCalibration calibration) {
        float threshold = threshold(calibration, persons);
        if (nearest.isEmpty()) {
            return Identity.unknown(-1, 0, threshold);
        }
        Candidate best = nearest.get(0);
        float margin = nearest.size() > 1 ? best.score() - nearest.get(1).score() : 1;
        return best.score() >= threshold && margin >= minMargin ? Identity.known(best.personId(), best.score(), margin, threshold)
                : Identity.unknown(best.score(), margin, threshold);
    }
}
