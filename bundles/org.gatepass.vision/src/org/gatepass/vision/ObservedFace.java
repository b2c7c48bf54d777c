package org.gatepass.vision;

import java.util.Objects;

/**
 * One face found in a frame. {@code score} is the detector's confidence (0..1). {@code embedding} is
 * present only when the quality gate accepted the face and the caller wanted it embedded: a rejected face
 * is still reported (to track it and to tell the person why) but is never identified.
 */
public record ObservedFace(Box box, float score, Landmarks landmarks, QualityVerdict quality, Embedding embedding) {

    public ObservedFace {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(landmarks, "landmarks");
        Objects.requireNonNull(quality, "quality");
        if (!quality.accepted() && embedding != null) {
            throw new IllegalArgumentException("A face the quality gate rejected carries no embedding");
        }
    }
}
