package org.gatepass.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.gatepass.core.person.InvalidPersonException;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonService;
import org.gatepass.core.person.PersonStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** The person service as the UI gets it: wired by Declarative Services onto the default embedded database. */
@ExtendWith(ServiceExtension.class)
class PersonServiceTest {

    @InjectService(timeout = 10_000)
    PersonService service;

    @Test
    void createsNormalizedPersonsAndRejectsInvalidOnesWithEveryReason() {
        Person created = service.create(new Person(null, " S-100 ", "  Marie Curie ", "marie@example.org", null,
                PersonCategory.STUDENT, PersonStatus.ACTIVE, "pierre@example.org"));
        assertNotNull(created.id());
        assertEquals("Marie Curie", created.name());
        assertEquals("S-100", created.externalId());

        InvalidPersonException e = assertThrows(InvalidPersonException.class,
                () -> service.create(new Person(null, "S-100", "", "marie@", null, PersonCategory.STUDENT, PersonStatus.ACTIVE, null)));
        assertEquals(List.of("Name is required.", "E-mail 'marie@' is not a valid address.",
                "ID 'S-100' already belongs to Marie Curie."), e.problems());
    }

    @Test
    void editsAndDeactivatesWithoutLosingHistory() {
        Person p = service.create(Person.newPerson("Rosalind Franklin", PersonCategory.EMPLOYEE));
        Person edited = service.update(new Person(p.id(), "E-51", p.name(), "rosalind@example.org", "+44 1223 000000",
                PersonCategory.CONTRACTOR, PersonStatus.ACTIVE, null));
        assertEquals(edited, service.find(p.id()).orElseThrow());

        Person inactive = service.deactivate(p.id());
        assertEquals(PersonStatus.INACTIVE, inactive.status());
        assertEquals(PersonStatus.INACTIVE, service.find(p.id()).orElseThrow().status());
        assertEquals("rosalind@example.org", service.find(p.id()).orElseThrow().email());
    }

    @Test
    void deactivatingAnUnknownPersonSaysSo() {
        InvalidPersonException e = assertThrows(InvalidPersonException.class, () -> service.deactivate(987_654_321L));
        assertEquals(List.of("Person 987654321 no longer exists."), e.problems());
    }
}
