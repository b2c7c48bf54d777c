package org.gatepass.persistence.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gatepass.core.event.GateEvent;
import org.gatepass.core.notify.ClaimedNotification;
import org.gatepass.core.notify.NotificationSubject;
import org.gatepass.core.notify.OutboxEntry;
import org.gatepass.core.notify.OutboxStatus;
import org.gatepass.core.pass.PassListing;
import org.gatepass.core.person.Person;
import org.gatepass.core.storage.NotificationOutbox;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The outbox on the workstation's database. A claim picks due ids, then takes each with an UPDATE that checks
 * again that the row is due, in a transaction of its own: this works alike on H2 and on every MySQL/MariaDB
 * version (no SKIP LOCKED needed) and never holds locks on more than one row.
 */
@Component(service = NotificationOutbox.class)
public final class MyBatisNotificationOutbox implements NotificationOutbox {
    /** Column size of last_error. */
    static final int ERROR_LENGTH = 1000;

    private final Database database;

    @Activate
    public MyBatisNotificationOutbox(@Reference Database database) {
        this.database = database;
    }

    @Override
    public List<ClaimedNotification> claim(Collection<String> notifiers, int limit, Instant now, Duration lease) {
        if (notifiers.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<Long> due = database.read(session -> session.getMapper(OutboxMapper.class).dueIds(notifiers, now, limit));
        if (due.isEmpty()) {
            return List.of();
        }
        String claim = UUID.randomUUID().toString();
        Instant leaseUntil = now.plus(lease);
        int won = 0;
        for (long id : due) {
            won += database.write(session -> session.getMapper(OutboxMapper.class).claim(id, now, leaseUntil, claim));
        }
        return won == 0 ? List.of() : held(claim);
    }

    @Override
    public List<ClaimedNotification> claimDigest(String notifier, String address, String digestKey, Instant now, Duration lease) {
        List<Long> pending = database.read(session -> session.getMapper(OutboxMapper.class).digestPendingIds(notifier, address, digestKey));
        String claim = UUID.randomUUID().toString();
        Instant leaseUntil = now.plus(lease);
        int won = 0;
        for (long id : pending) {
            won += database.write(session -> session.getMapper(OutboxMapper.class).claimPending(id, leaseUntil, claim));
        }
        return won == 0 ? List.of() : held(claim);
    }

    @Override
    public Optional<Instant> lastDigestDelivery(String notifier, String address, String digestKey) {
        return Optional.ofNullable(database.read(session -> session.getMapper(OutboxMapper.class).lastDigestDelivery(notifier, address, digestKey)));
    }

    @Override
    public boolean defer(ClaimedNotification held, Instant until) {
        return database.write(session -> session.getMapper(OutboxMapper.class).defer(held.entry().id(), held.claim(), until)) == 1;
    }

    /** The rows this claim holds, each with its event and person, or the pass it sends and its visitor. */
    private List<ClaimedNotification> held(String claim) {
        return database.read(session -> {
            OutboxMapper mapper = session.getMapper(OutboxMapper.class);
            PersonMapper persons = session.getMapper(PersonMapper.class);
            Map<Long, NotificationSubject> events = new HashMap<>();
            List<ClaimedNotification> held = new ArrayList<>();
            for (OutboxEntry entry : mapper.claimed(claim)) {
                NotificationSubject subject;
                if (entry.passId() != null) {
                    PassListing pass = session.getMapper(PassMapper.class).find(entry.passId()).listing();
                    subject = NotificationSubject.invitation(pass, persons.findById(pass.pass().personId()));
                } else {
                    subject = events.computeIfAbsent(entry.eventId(), id -> {
                        GateEvent event = mapper.event(id);
                        Person person = event.personId() == null ? null : persons.findById(event.personId());
                        return new NotificationSubject(event, person);
                    });
                }
                held.add(new ClaimedNotification(entry, subject, claim));
            }
            return held;
        });
    }

    @Override
    public boolean markDelivered(ClaimedNotification held, Instant at) {
        return database.write(session -> session.getMapper(OutboxMapper.class).markDelivered(held.entry().id(), held.claim(), at)) == 1;
    }

    @Override
    public boolean scheduleRetry(ClaimedNotification held, Instant nextAttemptAt, String error) {
        return database.write(session -> session.getMapper(OutboxMapper.class).scheduleRetry(held.entry().id(), held.claim(),
                nextAttemptAt, clip(error))) == 1;
    }

    @Override
    public boolean markFailed(ClaimedNotification held, String error) {
        return database.write(session -> session.getMapper(OutboxMapper.class).markFailed(held.entry().id(), held.claim(), clip(error))) == 1;
    }

    @Override
    public int retryNow(Collection<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return database.write(session -> session.getMapper(OutboxMapper.class).retryFailed(ids, now));
    }

    @Override
    public int retryAllFailed(Instant now) {
        return database.write(session -> session.getMapper(OutboxMapper.class).retryFailed(null, now));
    }

    @Override
    public Map<OutboxStatus, Integer> counts() {
        Map<OutboxStatus, Integer> counts = new EnumMap<>(OutboxStatus.class);
        database.read(session -> session.getMapper(OutboxMapper.class).counts()).forEach(c -> counts.put(c.status(), c.rows()));
        return counts;
    }

    @Override
    public List<OutboxEntry> recent(int limit) {
        return database.read(session -> session.getMapper(OutboxMapper.class).recent(limit));
    }

    @Override
    public List<OutboxEntry> ofEvent(long eventId) {
        return database.read(session -> session.getMapper(OutboxMapper.class).ofEvent(eventId));
    }

    private static String clip(String error) {
        return error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH - 1) + "…";
    }
}
