package org.gatepass.core.notify;

import java.util.Objects;
import java.util.Optional;

import org.gatepass.core.event.GateEvent;
import org.gatepass.core.pass.PassListing;
import org.gatepass.core.person.Person;

/**
 * What a notification is about: a stored gate event and, unless the face was unknown, the person; or a visitor's pass
 * to send them ({@link #invitation}), with no event. A notifier that does not send passes answers no recipients for an
 * invitation and never receives one.
 */
public record NotificationSubject(GateEvent event, Person person, PassListing pass) {

    public NotificationSubject {
        if ((event == null) == (pass == null)) {
            throw new IllegalArgumentException("A notification is about an event or a pass, not both or neither");
        }
        if (event != null && event.id() == null) {
            throw new IllegalArgumentException("Only a stored event can be notified");
        }
        if (pass != null) {
            Objects.requireNonNull(person, "the pass's visitor");
        }
    }

    /** A notification about a gate event. */
    public NotificationSubject(GateEvent event, Person person) {
        this(Objects.requireNonNull(event, "event"), person, null);
    }

    /** A visitor's pass to send them. */
    public static NotificationSubject invitation(PassListing pass, Person visitor) {
        return new NotificationSubject(null, visitor, Objects.requireNonNull(pass, "pass"));
    }

    public boolean isInvitation() {
        return pass != null;
    }

    public Optional<Person> knownPerson() {
        return Optional.ofNullable(person);
    }
}
