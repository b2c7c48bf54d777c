package org.gatepass.persistence.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.ibatis.session.SqlSession;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.notify.NotificationPlanner;
import org.gatepass.core.notify.NotificationSubject;
import org.gatepass.core.notify.PlannedNotification;
import org.gatepass.core.pass.PassListing;
import org.gatepass.core.person.Person;

/**
 * Writes an event's outbox rows in the session that stores the event, so both commit or neither does; and the rows that
 * send a visitor their pass, in the session that asks for it.
 * What the planner returns is checked first: a notification that would not fit its columns, or a second
 * one to the same address by the same notifier, is dropped with a warning rather than failing the event.
 */
final class OutboxRows {
    private static final Logger LOG = Logger.getLogger(OutboxRows.class.getName());
    private static final int NOTIFIER_LENGTH = 100;
    private static final int ADDRESS_LENGTH = 1000;
    private static final int DIGEST_KEY_LENGTH = 120;

    private OutboxRows() {
    }

    static void write(SqlSession session, GateEvent stored, NotificationPlanner planner) {
        if (planner == null) {
            return;
        }
        Person person = stored.personId() == null ? null : session.getMapper(PersonMapper.class).findById(stored.personId());
        OutboxMapper outbox = session.getMapper(OutboxMapper.class);
        Instant now = Instant.now();
        planned(planner, new NotificationSubject(stored, person), "Event " + stored.id()).forEach(p -> outbox.insert(stored.id(), null, p.notifier(),
                p.recipient().role(), p.recipient().address(), p.idempotencyKey(stored), digestKey(p, stored), now));
    }

    /** Writes the rows that send a pass to its visitor; returns how many. */
    static int writeInvitation(SqlSession session, PassListing pass, NotificationPlanner planner, Instant askedAt) {
        if (planner == null) {
            return 0;
        }
        Person visitor = session.getMapper(PersonMapper.class).findById(pass.pass().personId());
        OutboxMapper outbox = session.getMapper(OutboxMapper.class);
        List<PlannedNotification> planned = planned(planner, NotificationSubject.invitation(pass, visitor), "Pass " + pass.pass().id());
        planned.forEach(p -> outbox.insert(null, pass.pass().id(), p.notifier(), p.recipient().role(), p.recipient().address(),
                p.invitationKey(pass, askedAt), null, askedAt));
        return planned.size();
    }

    /** What the planner decided, without what would not fit its columns or repeats an address of the same notifier. */
    private static List<PlannedNotification> planned(NotificationPlanner planner, NotificationSubject subject, String what) {
        List<PlannedNotification> planned;
        try {
            planned = planner.plan(subject);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, what + " has no notifications: planning them failed", e);
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        List<PlannedNotification> kept = new ArrayList<>();
        for (PlannedNotification p : planned) {
            String address = p.recipient().address();
            if (p.notifier().length() > NOTIFIER_LENGTH || address.length() > ADDRESS_LENGTH) {
                LOG.warning(() -> what + ": not notifying " + address + " by " + p.notifier() + ": notifier name or address too long");
            } else if (seen.add(p.notifier() + '\u0000' + address)) {
                kept.add(p);
            }
        }
        return kept;
    }

    /** The planned digest group, shortened to its column by a hash when a camera's id is very long. */
    private static String digestKey(PlannedNotification planned, GateEvent event) {
        String key = planned.digestKey(event);
        if (key == null || key.length() <= DIGEST_KEY_LENGTH) {
            return key;
        }
        return key.substring(0, key.indexOf(':') + 1) + "#" + Integer.toHexString(key.hashCode());
    }
}
