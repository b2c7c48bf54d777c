package org.gatepass.vision;

/**
 * The open-set answer for one face or track: an enrolled person, or nobody enrolled. {@code score} is the
 * best person's similarity, {@code margin} how far it lies above the second-best person's (1 when only one
 * person is enrolled), {@code threshold} what the score had to reach.
 */
public record Identity(long personId, float score, float margin, float threshold) {
    private static final long NOBODY = -1;

    public static Identity known(long personId, float score, float margin, float threshold) {
        if (personId < 0) {
            throw new IllegalArgumentException("Person ids are not negative: " + personId);
        }
        return new Identity(personId, score, margin, threshold);
    }

    public static Identity unknown(float score, float margin, float threshold) {
        return new Identity(NOBODY, score, margin, threshold);
    }

    public boolean isKnown() {
        return personId != NOBODY;
    }
}
