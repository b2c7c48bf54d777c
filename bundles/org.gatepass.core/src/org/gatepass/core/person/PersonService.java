package org.gatepass.core.person;

import java.util.List;
import java.util.Optional;

import org.gatepass.core.security.Actor;

/**
 * What the workstation does with persons: the UI and importers go through this, never the storage. Looking
 * up needs VIEW_PERSONS; changes need MANAGE_PERSONS and are audited with the person before and after.
 */
public interface PersonService {

    /** Validates and stores a new person. @throws InvalidPersonException listing every problem */
    Person create(Actor actor, Person person);

    /** Validates and stores changes to an existing person. @throws InvalidPersonException listing every problem */
    Person update(Actor actor, Person person);

    /** Marks a person inactive: kept for history, ignored by the gate. */
    Person deactivate(Actor actor, long personId);

    Optional<Person> find(Actor actor, long personId);

    /** Persons whose name or ID contains {@code text}; an empty text lists everyone, by name. */
    List<Person> search(Actor actor, String text, int limit);
}
