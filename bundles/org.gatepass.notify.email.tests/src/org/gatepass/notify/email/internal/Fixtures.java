package org.gatepass.notify.email.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.gatepass.core.event.Decision;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.notify.Notification;
import org.gatepass.core.notify.NotificationSubject;
import org.gatepass.core.notify.Recipient;
import org.gatepass.core.notify.RecipientRole;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonStatus;
import org.gatepass.notify.email.EmailSettings;
import org.gatepass.notify.email.SmtpSecurity;

/** People, events and settings the e-mail tests share. */
final class Fixtures {
    static final String SENDER = "gate@school.example";
    static final String DESK = "desk@school.example";
    /** 2026-03-05 07:45:09 UTC. */
    static final Instant AT = Instant.parse("2026-03-05T07:45:09Z");

    private Fixtures() {
    }

    static Person student() {
        return new Person(11L, "S-042", "Zoë O'Brien <Lab & Co>", "zoe@school.example", null, PersonCategory.STUDENT,
                PersonStatus.ACTIVE, "parent@home.example");
    }

    static Person visitor() {
        return new Person(12L, null, "Victor Visitor", "victor@visitor.example", null, PersonCategory.VISITOR, PersonStatus.ACTIVE,
                "host@school.example");
    }

    static Person employee() {
        return new Person(13L, "E-7", "Emma Employee", "emma@school.example", null, PersonCategory.EMPLOYEE, PersonStatus.ACTIVE,
                "ignored@home.example");
    }

    static NotificationSubject movement(Person person, Direction direction) {
        return new NotificationSubject(new GateEvent(101L, person.id(), "gate-cam-1", direction, Decision.ADMITTED, 0.71, AT), person);
    }

    static NotificationSubject alert(Decision decision, Person personOrNull) {
        return new NotificationSubject(new GateEvent(202L, personOrNull == null ? null : personOrNull.id(), "gate-cam-2", null, decision,
                null, AT), personOrNull);
    }

    /** An alert at the given time; its event id counts up with the time so that each alert is a different event. */
    static NotificationSubject alertAt(Decision decision, Person personOrNull, Instant at) {
        return new NotificationSubject(new GateEvent(300L + at.getEpochSecond() - AT.getEpochSecond(),
                personOrNull == null ? null : personOrNull.id(), "gate-cam-2", null, decision, null, at), personOrNull);
    }

    static Notification notification(String key, NotificationSubject subject, RecipientRole role, String address, byte[] snapshot) {
        return new Notification(1, key, subject, new Recipient(role, address), 1, snapshot);
    }

    static EmailSettings settings(String host, int port, SmtpSecurity security, String username, String trusted) {
        return new EmailSettings(true, host, port, security, username, SENDER, "Gatepass North Gate", List.of(DESK),
                EmailSettings.EMAIL_ROLES, true, 3000, 3000, "North Gate", trusted);
    }

    static EmailSettings plain(int port) {
        return settings("127.0.0.1", port, SmtpSecurity.NONE, "", "");
    }

    static Map<String, Object> properties(EmailSettings settings) {
        return Map.copyOf(EmailSettingsProperties.write(settings));
    }

    /** The settings with one property changed, as an administrator would change it. */
    static EmailSettings changed(EmailSettings settings, String key, Object value) {
        Map<String, Object> p = new java.util.HashMap<>(EmailSettingsProperties.write(settings));
        p.put(key, value);
        return EmailSettingsProperties.read(p);
    }
}
