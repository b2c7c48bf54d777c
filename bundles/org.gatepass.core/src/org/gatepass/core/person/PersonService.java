package org.gatepass.core.person;

import java.util.List;
import java.util.Optional;

/** What the workstation does with persons: the UI and importers go through this, never the repository. */
public interface PersonService {

    /** Validates and stores a new person. @throws InvalidPersonException listing every problem */
    Person create(Person person);

    /** Validates and stores changes to an existing person. @throws InvalidPersonException listing every problem */
    Person update(Person person);

    /** Marks a person inactive: kept for history, ignored by the gate. */
    Person deactivate(long personId);

    Optional<Person> find(long personId);

    /** Persons whose name or ID contains {@code text}; an empty text lists everyone, by name. */
    List<Person> search(String text, int limit);
}
