package org.gatepass.core.notify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

import org.gatepass.core.event.GateEvent;
import org.gatepass.core.pass.PassListing;

/** A notification decided on while its event is stored: which notifier tells which recipient. */
public record PlannedNotification(String notifier, Recipient recipient) {

    public PlannedNotification {
        Objects.requireNonNull(notifier, "notifier");
        Objects.requireNonNull(recipient, "recipient");
    }

    /**
     * The key every attempt of this notification carries, e.g. {@code gp-42-3f9c…}: the event id for people
     * reading logs, and a hash of the event's time and camera, the notifier and the address, so that keys
     * from different databases do not collide at a shared mail server or endpoint. The role is left out on
     * purpose: one address hears of one event once per notifier.
     */
    public String idempotencyKey(GateEvent event) {
        if (event.id() == null) {
            throw new IllegalArgumentException("Only a stored event has notifications");
        }
        return "gp-" + event.id() + "-" + hash(String.join("\u0000", event.id().toString(), event.occurredAt().toString(), event.cameraId(), notifier,
                recipient.address()));
    }

    private static String hash(String identity) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * The key of sending a visitor's pass, e.g. {@code gp-pass-7-…}: the pass id, and a hash of it, when it was asked to
     * be sent, the notifier and the address. Each time the pass is sent again is a new message.
     */
    public String invitationKey(PassListing pass, Instant askedAt) {
        return "gp-pass-" + pass.pass().id() + "-" + hash(String.join("\u0000", "pass", pass.pass().id().toString(), askedAt.toString(), notifier,
                recipient.address()));
    }

    /**
     * The group an alert to the security desk is digested in, or null for everything else: {@code person:<id>}
     * for alerts about one person, {@code unknown:<camera>} for unknown faces at one camera (a crowd at a door is
     * one group). The relay sends the first alert of a group at once and folds the group's further alerts into
     * one message per digest interval.
     */
    public String digestKey(GateEvent event) {
        if (!event.decision().isAlert() || recipient.role() != RecipientRole.SECURITY) {
            return null;
        }
        return event.personId() != null ? "person:" + event.personId() : "unknown:" + event.cameraId();
    }
}
