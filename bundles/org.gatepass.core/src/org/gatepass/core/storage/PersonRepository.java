package org.gatepass.core.storage;

import org.gatepass.core.person.Person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Storage of persons (SPI, implemented by the persistence bundle). Callers pass validated records. */
public interface PersonRepository {

    /** Stores a new person and returns it with its id. */
    Person insert(Person person);

    /** Replaces the stored fields of an existing person; false if no person has that id. */
    boolean update(Person person);

    Optional<Person> findById(long id);

    Optional<Person> findByExternalId(String externalId);

    /** The persons with these IDs, by ID: one query per few hundred, for imports. */
    Map<String, Person> findByExternalIds(Collection<String> externalIds);

    /** The oldest person with each of these e-mail addresses, by the address in lower case. */
    Map<String, Person> findByEmails(Collection<String> emails);

    /** Persons whose name or ID contains {@code text} (case-insensitive), by name, at most {@code limit}. */
    List<Person> search(String text, int limit);
}
