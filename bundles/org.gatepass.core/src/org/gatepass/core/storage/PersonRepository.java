package org.gatepass.core.storage;

import org.gatepass.core.person.Person;

import java.util.List;
import java.util.Optional;

/** Storage of persons (SPI, implemented by the persistence bundle). Callers pass validated records. */
public interface PersonRepository {

    /** Stores a new person and returns it with its id. */
    Person insert(Person person);

    /** Replaces the stored fields of an existing person; false if no person has that id. */
    boolean update(Person person);

    Optional<Person> findById(long id);

    Optional<Person> findByExternalId(String externalId);

    /** The oldest person with this e-mail address, compared without regard to case. */
    Optional<Person> findByEmail(String email);

    /** Persons whose name or ID contains {@code text} (case-insensitive), by name, at most {@code limit}. */
    List<Person> search(String text, int limit);
}
