package org.gatepass.core.storage;

import org.gatepass.core.notify.ClaimedNotification;
import org.gatepass.core.notify.OutboxEntry;
import org.gatepass.core.notify.OutboxStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notification outbox (SPI, implemented by the persistence bundle). Rows are written with their event
 * by the event repository; relays claim due rows, deliver them and record the outcome. Claims are atomic
 * per row, so relays of several stations sharing a database never hold the same row at once.
 */
public interface NotificationOutbox {

    /**
     * Claims up to {@code limit} due rows of the given notifiers, oldest due first: pending rows whose next
     * attempt is due, and rows in sending whose lease ran out (their relay died). Each claimed row is set to
     * {@link OutboxStatus#SENDING} until {@code now + lease} and its attempts are counted up.
     */
    List<ClaimedNotification> claim(Collection<String> notifiers, int limit, Instant now, Duration lease);

    /** Records the delivery; false when the hold was lost (lease expired and another relay claimed the row). */
    boolean markDelivered(ClaimedNotification held, Instant at);

    /** Puts the row back to pending until {@code nextAttemptAt}, keeping the error; false when the hold was lost. */
    boolean scheduleRetry(ClaimedNotification held, Instant nextAttemptAt, String error);

    /** Gives the row up with the error; false when the hold was lost. */
    boolean markFailed(ClaimedNotification held, String error);

    /**
     * Puts a held row back to pending until {@code until} without counting the attempt: the alert digest holds
     * an alert back until its group's next message is due. False when the hold was lost.
     */
    boolean defer(ClaimedNotification held, Instant until);

    /** When a row of this digest group was last delivered by the notifier to the address; empty when never. */
    Optional<Instant> lastDigestDelivery(String notifier, String address, String digestKey);

    /**
     * Claims every pending row of one digest group, due or held back, like {@link #claim}: the rows to fold into
     * the group's next message.
     */
    List<ClaimedNotification> claimDigest(String notifier, String address, String digestKey, Instant now, Duration lease);

    /** Makes failed rows pending again, due at {@code now}, with their attempts reset; returns how many. */
    int retryNow(Collection<Long> ids, Instant now);

    /** Every failed row made pending again, due at {@code now}; returns how many. */
    int retryAllFailed(Instant now);

    /** How many rows are in each status (statuses without rows are absent). */
    Map<OutboxStatus, Integer> counts();

    /** The newest rows, newest first, at most {@code limit}: for an administrator's view. */
    List<OutboxEntry> recent(int limit);

    /** The rows of one event, in the order they were written. */
    List<OutboxEntry> ofEvent(long eventId);
}
