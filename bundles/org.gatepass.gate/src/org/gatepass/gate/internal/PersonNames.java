package org.gatepass.gate.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonRepository;

/** Names for live views, looked up once per person rather than once per frame. */
final class PersonNames {
    private final PersonRepository persons;
    private final Map<Long, String> names = new ConcurrentHashMap<>();

    PersonNames(PersonRepository persons) {
        this.persons = persons;
    }

    String nameOf(long personId) {
        return names.computeIfAbsent(personId, id -> persons.findById(id).map(Person::name).orElse("Person " + id));
    }
}
