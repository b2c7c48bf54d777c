package org.gatepass.core.alert;

import java.time.Instant;

import org.gatepass.core.event.Decision;

/**
 * One alert as the desk shows it. {@code personId}/{@code personName} are null for an unknown face,
 * {@code strangerId} names the stranger its face was grouped with, if any; {@code handledBy}, {@code handledAt}
 * and {@code comment} tell the latest acknowledgement or resolution (null while open); {@code reason} says why, when the
 * decision alone does not (a refused pass).
 */
public record AlertEntry(long eventId, Decision decision, String cameraId, Long personId, String personName, Long strangerId,
        Instant occurredAt, boolean hasSnapshot, AlertState state, String handledBy, Instant handledAt, String comment, String reason) {

    /**
     * Whom the alert is about: the same key for alerts about the same person or the same stranger; an unknown face
     * not matched to a stranger is keyed by its camera, a refused code that names nobody (forged) likewise but apart
     * from faces (see {@link AlertGroups} for the time window).
     */
    public String subject() {
        if (personId != null) {
            return "person:" + personId;
        }
        if (strangerId != null) {
            return "stranger:" + strangerId;
        }
        return (decision == Decision.PASS_REFUSED ? "camera-codes:" : "camera:") + cameraId;
    }
}
