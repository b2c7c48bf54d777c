package org.gatepass.notify.internal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.gatepass.core.StorageException;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.core.notify.ClaimedNotification;
import org.gatepass.core.notify.DeliveryException;
import org.gatepass.core.notify.Notification;
import org.gatepass.core.storage.NotificationOutbox;
import org.gatepass.core.notify.Notifier;
import org.gatepass.core.notify.OutboxEntry;

/**
 * Delivers the outbox rows of one notifier, on a thread of its own: claims a batch of due rows, hands each to
 * the notifier through a {@link TimeLimitedCaller} and records the outcome, until no due rows are left. Lanes
 * of different notifiers never wait for each other.
 */
final class NotifierLane {
    private static final Logger LOG = Logger.getLogger(NotifierLane.class.getName());

    private final Notifier notifier;
    private final String name;
    private final NotificationOutbox outbox;
    private final GateEventRepository events;
    private final Supplier<RelaySettings> settings;
    private final TimeLimitedCaller caller;
    private final ExecutorService thread;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile boolean storageDown;

    NotifierLane(Notifier notifier, NotificationOutbox outbox, GateEventRepository events, Supplier<RelaySettings> settings) {
        this.notifier = notifier;
        this.name = notifier.name();
        this.outbox = outbox;
        this.events = events;
        this.settings = settings;
        this.caller = new TimeLimitedCaller("deliver " + name);
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "gatepass notify lane " + name);
            t.setDaemon(true);
            return t;
        });
    }

    Notifier notifier() {
        return notifier;
    }

    /** Makes the lane look for due rows soon; wakes that arrive while it looks are folded into one more look. */
    void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            try {
                thread.execute(this::drain);
            } catch (RejectedExecutionException stopped) {
                wakeQueued.set(false);
            }
        }
    }

    /** Stops the lane; a delivery in progress is abandoned and its row is taken up again when its lease runs out. */
    void stop() {
        thread.shutdownNow();
        caller.close();
    }

    private void drain() {
        wakeQueued.set(false);
        try {
            List<ClaimedNotification> batch;
            do {
                RelaySettings now = settings.get();
                batch = outbox.claim(List.of(name), now.batchSize(), Instant.now(), now.lease());
                for (ClaimedNotification held : batch) {
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    deliver(held, now);
                }
            } while (batch.size() == settings.get().batchSize());
            if (storageDown) {
                storageDown = false;
                LOG.info(() -> "Notifier " + name + ": database reachable again, delivering");
            }
        } catch (StorageException e) {
            if (!storageDown) {
                storageDown = true;
                LOG.warning(() -> "Notifier " + name + ": cannot reach the outbox, will try again: " + e.getMessage());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Notifier " + name + ": delivery round failed", e);
        }
    }

    private void deliver(ClaimedNotification held, RelaySettings relay) {
        OutboxEntry entry = held.entry();
        Notification notification = new Notification(entry.id(), entry.idempotencyKey(), held.subject(), entry.recipient(),
                entry.attempts(), held.subject().event().decision().isAlert() ? events.snapshot(entry.eventId()).orElse(null) : null);
        try {
            caller.await(caller.start(() -> {
                notifier.deliver(notification);
                return null;
            }), System.nanoTime() + relay.deliveryTimeout().toNanos());
            if (outbox.markDelivered(held, Instant.now())) {
                LOG.fine(() -> "Delivered " + describe(entry));
            } else {
                LOG.warning(() -> "Delivered " + describe(entry) + " after its lease ran out; another relay may send it again (same key)");
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DeliveryException failure && failure.permanent()) {
                giveUp(held, failure.getMessage());
            } else {
                failed(held, relay, cause instanceof DeliveryException ? cause.getMessage() : "notifier threw " + cause);
            }
        } catch (TimeoutException e) {
            failed(held, relay, e.getMessage() != null ? e.getMessage() : "no answer within " + relay.deliveryTimeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void failed(ClaimedNotification held, RelaySettings relay, String error) {
        OutboxEntry entry = held.entry();
        Instant now = Instant.now();
        if (relay.exhausted(entry, now)) {
            giveUp(held, error + " (gave up after " + entry.attempts() + " attempts)");
            return;
        }
        Instant next = now.plus(relay.retryDelay(entry.attempts()));
        outbox.scheduleRetry(held, next, error);
        LOG.info(() -> "Attempt " + entry.attempts() + " of " + describe(entry) + " failed, retrying at " + next + ": " + error);
    }

    private void giveUp(ClaimedNotification held, String error) {
        outbox.markFailed(held, error);
        LOG.warning(() -> "Gave up " + describe(held.entry()) + ": " + error);
    }

    private static String describe(OutboxEntry entry) {
        return "notification " + entry.id() + " of event " + entry.eventId() + " by " + entry.notifier() + " to " + entry.role();
    }
}
