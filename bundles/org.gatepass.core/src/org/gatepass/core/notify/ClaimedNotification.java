package org.gatepass.core.notify;

import java.util.Objects;

/**
 * An outbox row a relay holds until its lease ends, with what it is about. {@code claim} identifies this
 * hold: marking the row succeeds only while the hold is still the row's latest.
 */
public record ClaimedNotification(OutboxEntry entry, NotificationSubject subject, String claim) {

    public ClaimedNotification {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(claim, "claim");
    }
}
