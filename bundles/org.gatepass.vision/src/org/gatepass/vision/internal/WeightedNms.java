package org.gatepass.vision.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.gatepass.vision.Box;

/**
 * Non-maximum suppression that blends each group of overlapping candidates, weighted by score,
 * instead of keeping only the best one: BlazeFace fires on several neighbouring anchors per face, and
 * their average gives steadier boxes and landmarks (MediaPipe does the same).
 */
final class WeightedNms {

    /** A raw detection: {@code values} start with the box (x, y, width, height), then any landmark coordinates. */
    record Candidate(float[] values, float score) {
        Box box() {
            return new Box(values[0], values[1], values[2], values[3]);
        }
    }

    private WeightedNms() {
    }

    static List<Candidate> apply(List<Candidate> candidates, float minIou) {
        List<Candidate> remaining = new ArrayList<>(candidates);
        remaining.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Candidate> kept = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Candidate best = remaining.get(0);
            Box bestBox = best.box();
            float[] sum = new float[best.values.length];
            float weight = 0;
            for (var it = remaining.iterator(); it.hasNext();) {
                Candidate c = it.next();
                if (c == best || bestBox.iou(c.box()) > minIou) {
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += c.values[i] * c.score;
                    }
                    weight += c.score;
                    it.remove();
                }
            }
            for (int i = 0; i < sum.length; i++) {
                sum[i] /= weight;
            }
            kept.add(new Candidate(sum, best.score));
        }
        return kept;
    }
}
