package org.gatepass.core.person;

/**
 * An enrolled person. {@code id} is null until stored; {@code externalId} is the site's own number
 * (staff or roll number) and optional.
 */
public record Person(Long id, String externalId, String name, String email, String mobile, PersonCategory category,
        PersonStatus status, String guardianEmail) {

    /** A new, active person of the given category. */
    public static Person newPerson(String name, PersonCategory category) {
        return new Person(null, null, name, null, null, category, PersonStatus.ACTIVE, null);
    }

    public Person withId(long newId) {
        return new Person(newId, externalId, name, email, mobile, category, status, guardianEmail);
    }

    public Person withStatus(PersonStatus newStatus) {
        return new Person(id, externalId, name, email, mobile, category, newStatus, guardianEmail);
    }
}
