package org.gatepass.core.notify;

import java.util.Objects;
import java.util.Optional;

import org.gatepass.core.event.GateEvent;
import org.gatepass.core.person.Person;

/** What a notification is about: a stored gate event and, unless the face was unknown, the person. */
public record NotificationSubject(GateEvent event, Person person) {

    public NotificationSubject {
        Objects.requireNonNull(event, "event");
        if (event.id() == null) {
            throw new IllegalArgumentException("Only a stored event can be notified");
        }
    }

    public Optional<Person> knownPerson() {
        return Optional.ofNullable(person);
    }
}
