package org.gatepass.core.notify;

import java.util.Objects;
import java.util.Optional;

/**
 * One message to deliver: the subject, the recipient and a key that is the same on every attempt, so a
 * channel can make a repeated delivery harmless. {@code snapshotJpeg} is the camera's picture of an alert.
 */
public record Notification(long id, String idempotencyKey, NotificationSubject subject, Recipient recipient, int attempt,
        byte[] snapshotJpeg) {

    public Notification {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(recipient, "recipient");
    }

    public Optional<byte[]> snapshot() {
        return Optional.ofNullable(snapshotJpeg);
    }
}
