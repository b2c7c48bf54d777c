package org.gatepass.core.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One message to deliver: the subject, the recipient and a key that is the same on every attempt, so a
 * channel can make a repeated delivery harmless. {@code snapshotJpeg} is the camera's picture of an alert.
 * {@code earlier} holds the alerts of the same group folded into this message by the alert digest, oldest
 * first (the subject is the newest); empty for a message about one event.
 */
public record Notification(long id, String idempotencyKey, NotificationSubject subject, Recipient recipient, int attempt,
        byte[] snapshotJpeg, List<NotificationSubject> earlier) {

    public Notification {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(recipient, "recipient");
        earlier = earlier == null ? List.of() : List.copyOf(earlier);
    }

    /** A message about one event. */
    public Notification(long id, String idempotencyKey, NotificationSubject subject, Recipient recipient, int attempt, byte[] snapshotJpeg) {
        this(id, idempotencyKey, subject, recipient, attempt, snapshotJpeg, List.of());
    }

    public Optional<byte[]> snapshot() {
        return Optional.ofNullable(snapshotJpeg);
    }

    /** True when this message reports several alerts of one group. */
    public boolean isDigest() {
        return !earlier.isEmpty();
    }

    /** Every subject of this message, oldest first: the earlier ones and then the subject. */
    public List<NotificationSubject> subjects() {
        List<NotificationSubject> all = new ArrayList<>(earlier);
        all.add(subject);
        return all;
    }
}
