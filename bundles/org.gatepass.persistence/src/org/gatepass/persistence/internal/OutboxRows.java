package org.gatepass.persistence.internal;

import java.time.Instant;
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
import org.gatepass.core.person.Person;

/**
 * Writes an event's outbox rows in the session that stores the event, so both commit or neither does.
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
        List<PlannedNotification> planned;
        try {
            planned = planner.plan(new NotificationSubject(stored, person));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Event " + stored.id() + " is stored without notifications: planning them failed", e);
            return;
        }
        OutboxMapper outbox = session.getMapper(OutboxMapper.class);
        Instant now = Instant.now();
        Set<String> seen = new HashSet<>();
        for (PlannedNotification p : planned) {
            String address = p.recipient().address();
            if (p.notifier().length() > NOTIFIER_LENGTH || address.length() > ADDRESS_LENGTH) {
                LOG.warning(() -> "Event " + stored.id() + ": not notifying " + address + " by " + p.notifier()
                        + ": notifier name or address too long");
            } else if (seen.add(p.notifier() + '\u0000' + address)) {
                outbox.insert(stored.id(), p.notifier(), p.recipient().role(), address, p.idempotencyKey(stored), digestKey(p, stored), now);
            }
        }
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
