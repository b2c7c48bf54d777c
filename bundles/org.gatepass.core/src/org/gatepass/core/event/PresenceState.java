package org.gatepass.core.event;

import java.time.Instant;

/** Where a known person was when last seen moving; {@code direction} and {@code changedAt} are null if never. */
public record PresenceState(long personId, Direction direction, Instant changedAt) {

    public static PresenceState neverSeen(long personId) {
        return new PresenceState(personId, null, null);
    }
}
