package org.gatepass.core.event;

import java.time.Instant;

/**
 * One thing that happened at a gate. {@code personId} is null for an unknown face; {@code direction} is
 * null for alerts that moved nobody; {@code score} is the recognition score, null when not from a face;
 * {@code reason} says in words why an alert was raised when its decision alone does not (a refused pass), else null.
 */
public record GateEvent(Long id, Long personId, String cameraId, Direction direction, Decision decision, Double score,
        Instant occurredAt, String reason) {

    /** An event whose decision says it all. */
    public GateEvent(Long id, Long personId, String cameraId, Direction direction, Decision decision, Double score, Instant occurredAt) {
        this(id, personId, cameraId, direction, decision, score, occurredAt, null);
    }

    public static GateEvent admitted(long personId, String cameraId, Direction direction, Instant at) {
        return new GateEvent(null, personId, cameraId, direction, Decision.ADMITTED, null, at);
    }

    public GateEvent withId(long newId) {
        return new GateEvent(newId, personId, cameraId, direction, decision, score, occurredAt, reason);
    }
}
