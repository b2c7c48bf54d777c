package org.gatepass.vision.internal;

import java.util.Arrays;

/**
 * Verification figures for scored pairs: the LFW k-fold protocol (each fold judged at the threshold
 * that is best on the other folds), error rates at a fixed threshold, and the threshold that keeps the
 * false match rate under a target.
 */
final class VerificationStats {
    private final float[] scores;
    private final boolean[] same;
    private final int[] folds;
    private final int foldCount;

    VerificationStats(float[] scores, boolean[] same, int[] folds, int foldCount) {
        this.scores = scores;
        this.same = same;
        this.folds = folds;
        this.foldCount = foldCount;
    }

    record KFold(double meanAccuracy, double stdAccuracy, double meanThreshold) {
    }

    record ErrorRates(float threshold, double accuracy, double falseMatchRate, double falseNonMatchRate) {
    }

    /** Not a number when there is only one fold: no other fold can choose its threshold. */
    KFold kFold() {
        if (foldCount < 2) {
            return new KFold(Double.NaN, Double.NaN, Double.NaN);
        }
        double[] accuracies = new double[foldCount];
        double thresholdSum = 0;
        for (int k = 0; k < foldCount; k++) {
            final int test = k;
            float threshold = bestThreshold(i -> folds[i] != test);
            thresholdSum += threshold;
            accuracies[k] = accuracy(threshold, i -> folds[i] == test);
        }
        double mean = Arrays.stream(accuracies).average().orElse(Double.NaN);
        double variance = Arrays.stream(accuracies).map(a -> (a - mean) * (a - mean)).sum() / foldCount;
        return new KFold(mean, Math.sqrt(variance), thresholdSum / foldCount);
    }

    ErrorRates at(float threshold) {
        int impostors = 0, falseMatches = 0, genuines = 0, falseNonMatches = 0;
        for (int i = 0; i < scores.length; i++) {
            if (same[i]) {
                genuines++;
                falseNonMatches += scores[i] < threshold ? 1 : 0;
            } else {
                impostors++;
                falseMatches += scores[i] >= threshold ? 1 : 0;
            }
        }
        return new ErrorRates(threshold, accuracy(threshold, i -> true), (double) falseMatches / impostors,
                (double) falseNonMatches / genuines);
    }

    /** The lowest threshold, on a 0.01 grid, whose false match rate is at most {@code maxFalseMatchRate}. */
    float thresholdForFalseMatchRate(double maxFalseMatchRate) {
        for (int step = -100; step <= 100; step++) {
            float threshold = step / 100f;
            if (at(threshold).falseMatchRate() <= maxFalseMatchRate) {
                return threshold;
            }
        }
        return 1;
    }

    private interface Selection {
        boolean includes(int pair);
    }

    private double accuracy(float threshold, Selection selection) {
        int right = 0, total = 0;
        for (int i = 0; i < scores.length; i++) {
            if (selection.includes(i)) {
                total++;
                right += (scores[i] >= threshold) == same[i] ? 1 : 0;
            }
        }
        return (double) right / total;
    }

    /**
     * The threshold with the best accuracy on the selected pairs, halfway between neighbouring scores:
     * one sweep up the sorted scores, moving one pair at a time to the "different" side.
     */
    private float bestThreshold(Selection selection) {
        Integer[] order = new Integer[scores.length];
        int n = 0;
        int sameAbove = 0;
        for (int i = 0; i < scores.length; i++) {
            if (selection.includes(i)) {
                order[n++] = i;
                sameAbove += same[i] ? 1 : 0;
            }
        }
        Integer[] sorted = Arrays.copyOf(order, n);
        Arrays.sort(sorted, (a, b) -> Float.compare(scores[a], scores[b]));
        int differentBelow = 0;
        int bestRight = sameAbove;
        float best = scores[sorted[0]];
        for (int i = 0; i + 1 < n; i++) {
            if (same[sorted[i]]) {
                sameAbove--;
            } else {
                differentBelow++;
            }
            if (sameAbove + differentBelow > bestRight && scores[sorted[i]] < scores[sorted[i + 1]]) {
                bestRight = sameAbove + differentBelow;
                best = (scores[sorted[i]] + scores[sorted[i + 1]]) / 2;
            }
        }
        return best;
    }
}
