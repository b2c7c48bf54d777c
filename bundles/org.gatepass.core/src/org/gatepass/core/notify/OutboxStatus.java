package org.gatepass.core.notify;

/** Where an outbox row is on its way to its recipient. */
public enum OutboxStatus {
    /** Waiting for its next attempt (the first one, or a retry after a transient failure). */
    PENDING,
    /** Claimed by a relay that is delivering it now; taken over by another relay when its lease runs out. */
    SENDING,
    /** The notifier accepted it. */
    DELIVERED,
    /** Given up: a permanent failure, or too many attempts. An administrator can retry it. */
    FAILED
}
