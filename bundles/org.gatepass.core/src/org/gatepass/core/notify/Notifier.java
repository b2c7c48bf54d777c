package org.gatepass.core.notify;

import java.util.List;

/**
 * A way of telling people about gate events, registered as an OSGi service (one per configured
 * instance). Gatepass asks it for the recipients of an event while the event is stored, keeps one outbox
 * row per recipient, and later calls {@link #deliver} from a background relay, through a timeout guard,
 * retrying transient failures with a growing delay.
 */
public interface Notifier {

    /** Service property naming the notifier instance; an outbox row remembers it to find its notifier again. */
    String NAME_PROPERTY = "notifier.name";

    /**
     * This instance's stable name, e.g. {@code "email"} or {@code "webhook.security-desk"}. Rows written for
     * it wait while no notifier of that name is registered, so renaming an instance strands its rows.
     */
    String name();

    /**
     * Who should hear about the event; empty when nobody. Runs inside the transaction that stores the
     * event: it must be quick, use only the subject and this notifier's settings, and do no I/O.
     */
    List<Recipient> recipients(NotificationSubject subject);

    /**
     * Sends one notification. May block (the relay abandons it after its timeout and retries later).
     * Must be idempotent per {@link Notification#idempotencyKey()} where the channel allows it (an e-mail
     * Message-ID, a webhook idempotency header), because after a crash between sending and recording the
     * delivery the relay sends the same notification again.
     * @throws DeliveryException when it did not arrive; {@link DeliveryException#permanent()} stops retries
     */
    void deliver(Notification notification) throws DeliveryException;
}
