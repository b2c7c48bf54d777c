package org.gatepass.gate.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.gatepass.core.StorageException;
import org.gatepass.core.person.Person;
import org.gatepass.core.storage.PersonRepository;

/**
 * The people the gate has recognised, as last read from the database: live views get names without a query
 * per frame, and while the database is down the gate decides on what it last knew of a person.
 */
final class KnownPersons {
    private final PersonRepository persons;
    private final Map<Long, Person> known = new ConcurrentHashMap<>();

    KnownPersons(PersonRepository persons) {
        this.persons = persons;
    }

    /**
     * The person as stored now, or as last read while the database cannot be reached.
     * @throws StorageException when the database is down and the person was never read
     */
    Optional<Person> current(long personId) {
        try {
            Optional<Person> person = persons.findById(personId);
            person.ifPresentOrElse(p -> known.put(personId, p), () -> known.remove(personId));
            return person;
        } catch (StorageException e) {
            Person last = known.get(personId);
            if (last == null) {
                throw e;
            }
            return Optional.of(last);
        }
    }

    String nameOf(long personId) {
        Person person = known.get(personId);
        if (person != null) {
            return person.name();
        }
        try {
            return current(personId).map(Person::name).orElse("Person " + personId);
        } catch (StorageException e) {
            return "Person " + personId;
        }
    }
}
