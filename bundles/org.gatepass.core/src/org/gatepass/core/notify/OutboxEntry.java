package org.gatepass.core.notify;

import java.time.Instant;

/**
 * One outbox row: a notification of one event ({@code eventId}) or the sending of one visitor's pass ({@code passId}),
 * by one notifier, to one recipient. {@code attempts} counts
 * the deliveries started (a claim counts, so a relay that dies while sending still uses up an attempt);
 * {@code leaseUntil} is set while a relay holds the row. {@code digestKey} groups alerts to the security desk
 * (see {@link PlannedNotification#digestKey}); null for rows that are always sent on their own.
 */
public record OutboxEntry(long id, Long eventId, String notifier, RecipientRole role, String address, String idempotencyKey,
        OutboxStatus status, int attempts, Instant nextAttemptAt, Instant leaseUntil, String lastError, Instant createdAt,
        Instant deliveredAt, String digestKey, Long passId) {

    public Recipient recipient() {
        return new Recipient(role, address);
    }
}
