package org.gatepass.notify.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.gatepass.core.guard.TimeLimitedCaller;
import org.gatepass.core.notify.ClaimedNotification;
import org.gatepass.core.notify.DeliveryException;
import org.gatepass.core.notify.Notification;
import org.gatepass.core.notify.NotificationSubject;
import org.gatepass.core.notify.Notifier;
import org.gatepass.core.notify.OutboxEntry;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.core.storage.NotificationOutbox;

/**
 * Delivers the outbox rows of one notifier, on a thread of its own: claims a batch of due rows, hands each to
 * the notifier through a {@link TimeLimitedCaller} and records the outcome, until no due rows are left. Alerts
 * to the security desk are digested per group (see {@link RelayConfig#alertDigestSeconds()}). Lanes of different
 * notifiers never wait for each other.
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
                deliverBatch(batch, now);
            } while (batch.size() == settings.get().batchSize() && !Thread.currentThread().isInterrupted());
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

    /** Rows of a digest group go together; every other row on its own. */
    private void deliverBatch(List<ClaimedNotification> batch, RelaySettings relay) {
        Map<DigestGroup, List<ClaimedNotification>> groups = new LinkedHashMap<>();
        for (ClaimedNotification held : batch) {
            String key = held.entry().digestKey();
            if (key == null || relay.alertDigest().isZero()) {
                deliver(List.of(held), relay);
            } else {
                groups.computeIfAbsent(new DigestGroup(key, held.entry().address()), g -> new ArrayList<>()).add(held);
            }
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
        groups.forEach((group, rows) -> digest(group, rows, relay));
    }

    /**
     * Sends a group's alerts as one message when its last message is at least a digest interval old (or there
     * was none: the first alert goes at once); otherwise holds them back until then.
     */
    private void digest(DigestGroup group, List<ClaimedNotification> rows, RelaySettings relay) {
        Instant now = Instant.now();
        Instant opens = outbox.lastDigestDelivery(name, group.address(), group.key()).map(last -> last.plus(relay.alertDigest())).orElse(now);
        if (opens.isAfter(now)) {
            rows.forEach(held -> outbox.defer(held, opens));
            LOG.fine(() -> rows.size() + " alert(s) of " + group.key() + " held back for the digest at " + opens);
            return;
        }
        List<ClaimedNotification> all = new ArrayList<>(rows);
        all.addAll(outbox.claimDigest(name, group.address(), group.key(), now, relay.lease()));
        deliver(all, relay);
    }

    /** Delivers the rows as one message about the newest, with the others folded in, and records the outcome on each. */
    private void deliver(List<ClaimedNotification> rows, RelaySettings relay) {
        List<ClaimedNotification> ordered = rows.stream()
                .sorted(Comparator.comparing(NotifierLane::when).thenComparing(h -> h.entry().id()))
                .toList();
        ClaimedNotification newest = ordered.get(ordered.size() - 1);
        OutboxEntry entry = newest.entry();
        // The oldest row's key: a digest sent again after a crash keeps its identity while later alerts join it.
        String key = ordered.get(0).entry().idempotencyKey();
        List<NotificationSubject> earlier = ordered.subList(0, ordered.size() - 1).stream().map(ClaimedNotification::subject).toList();
        Notification notification = new Notification(entry.id(), key, newest.subject(), entry.recipient(), entry.attempts(),
                isAlert(newest.subject()) ? events.snapshot(entry.eventId()).orElse(null) : null, earlier);
        try {
            caller.await(caller.start(() -> {
                notifier.deliver(notification);
                return null;
            }), System.nanoTime() + relay.deliveryTimeout().toNanos());
            Instant at = Instant.now();
            for (ClaimedNotification held : ordered) {
                if (outbox.markDelivered(held, at)) {
                    LOG.fine(() -> "Delivered " + describe(held.entry()));
                } else {
                    LOG.warning(() -> "Delivered " + describe(held.entry()) + " after its lease ran out; another relay may send it again (same key)");
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            for (ClaimedNotification held : ordered) {
                if (cause instanceof DeliveryException failure && failure.permanent()) {
                    giveUp(held, failure.getMessage());
                } else {
                    failed(held, relay, cause instanceof DeliveryException ? cause.getMessage() : "notifier threw " + cause);
                }
            }
        } catch (TimeoutException e) {
            String error = e.getMessage() != null ? e.getMessage() : "no answer within " + relay.deliveryTimeout().toSeconds() + " s";
            ordered.forEach(held -> failed(held, relay, error));
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

    /** Alerts of one digest group to one address. */
    private record DigestGroup(String key, String address) {
    }

    /** When what a row tells of happened: its event's time, or when sending the pass was asked for. */
    private static Instant when(ClaimedNotification held) {
        return held.subject().isInvitation() ? held.entry().createdAt() : held.subject().event().occurredAt();
    }

    private static boolean isAlert(NotificationSubject subject) {
        return !subject.isInvitation() && subject.event().decision().isAlert();
    }
}
