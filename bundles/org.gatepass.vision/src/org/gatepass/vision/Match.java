package org.gatepass.vision;

import java.util.OptionalLong;

/**
 * The outcome of a 1:N search: the enrolled person nearest to the probe, the similarity, and whether
 * it reached the threshold. {@code nearestPersonId} is -1 when nothing is enrolled.
 */
public record Match(long nearestPersonId, float score, boolean known) {

    /** The answer of an empty gallery. */
    public static final Match NOBODY_ENROLLED = new Match(-1, -1, false);

    /** The identified person, empty when the probe is unknown. */
    public OptionalLong personId() {
        return known ? OptionalLong.of(nearestPersonId) : OptionalLong.empty();
    }
}
