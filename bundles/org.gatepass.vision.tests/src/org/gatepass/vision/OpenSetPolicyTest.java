package org.gatepass.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class OpenSetPolicyTest {
    /** fr_feature's shipped tail, rounded. */
    private static final OpenSetCalibration TAIL = new OpenSetCalibration(0.40f, 4.47, -32.6);

    @Test
    void theThresholdRisesWithThePeopleEnrolledSoThatStrangersStayAtTheTargetRate() {
        float at12 = TAIL.threshold(12, 0.001), at200 = TAIL.threshold(200, 0.001), at1000 = TAIL.threshold(1000, 0.001);
        assertTrue(at12 < at200 && at200 < at1000, at12 + " " + at200 + " " + at1000);
        // the model's promise: a stranger compared with 1,000 people passes one of them with 0.1 %
        double perPerson = Math.exp(4.47 - 32.6 * at1000);
        assertEquals(0.001, 1 - Math.pow(1 - perPerson, 1000), 1e-5);
        assertEquals(0.561, at1000, 0.002);
        assertTrue(TAIL.threshold(1000, 0.01) < at1000, "a laxer target gives a lower threshold");
    }

    @Test
    void neverBelowTheFloorAndAModelWithoutTailKeepsItsThreshold() {
        assertEquals(0.40f, TAIL.threshold(1, 0.01));
        assertEquals(0.40f, TAIL.threshold(0, 0.001));
        OpenSetCalibration fixed = OpenSetCalibration.fixed(0.33f);
        assertFalse(fixed.hasTail());
        assertEquals(0.33f, fixed.threshold(100_000, 0.001));
    }

    @Test
    void knownOnlyAboveTheThresholdAndAheadOfTheSecondByTheMargin() {
        OpenSetPolicy policy = OpenSetPolicy.DEFAULT;
        float threshold = policy.threshold(TAIL, 200);
        Identity clear = policy.decide(List.of(new Candidate(7, threshold + 0.1f), new Candidate(8, 0.2f)), 200, TAIL);
        assertTrue(clear.isKnown());
        assertEquals(7, clear.personId());
        assertEquals(threshold, clear.threshold());

        Identity below = policy.decide(List.of(new Candidate(7, threshold - 0.01f), new Candidate(8, 0.2f)), 200, TAIL);
        assertFalse(below.isKnown());
        assertEquals(-1, below.personId());

        Identity ambiguous = policy.decide(List.of(new Candidate(7, threshold + 0.1f), new Candidate(8, threshold + 0.08f)), 200, TAIL);
        assertFalse(ambiguous.isKnown(), "two enrolled look-alikes: refuse rather than guess");
        assertEquals(0.02f, ambiguous.margin(), 1e-6f);

        assertTrue(policy.decide(List.of(new Candidate(7, threshold)), 1, TAIL).isKnown(), "one person enrolled: no second to lead");
        assertFalse(policy.decide(List.of(), 0, TAIL).isKnown());
    }

    @Test
    void aCameraMayFixItsThreshold() {
        OpenSetPolicy fixed = OpenSetPolicy.DEFAULT.withFixedThreshold(0.3f);
        assertEquals(0.3f, fixed.threshold(TAIL, 1000));
        assertTrue(fixed.decide(List.of(new Candidate(7, 0.31f), new Candidate(8, 0.1f)), 1000, TAIL).isKnown());
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new OpenSetPolicy(0, 0.05f, Float.NaN));
        assertThrows(IllegalArgumentException.class, () -> new OpenSetPolicy(0.001, -0.1f, Float.NaN));
        assertThrows(IllegalArgumentException.class, () -> new OpenSetCalibration(0.4f, 4, 3));
        assertThrows(IllegalArgumentException.class, () -> TAIL.threshold(10, 1.5));
    }
}
