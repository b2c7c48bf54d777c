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
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.OperatorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** The person service as the UI gets it: wired by Declarative Services onto the default embedded database, used by an administrator. */
@ExtendWith(ServiceExtension.class)
class PersonServiceTest {

    @InjectService(timeout = 10_000)
    PersonService service;
    @InjectService(timeout = 10_000)
    OperatorService operators;

    private Actor admin() {
        return FirstAdministrator.of(operators);
    }

    @Test
    void createsNormalizedPersonsAndRejectsInvalidOnesWithEveryReason() {
        Person created = service.create(admin(), new Person(null, " S-100 ", "  Marie Curie ", "marie@example.org", null,
                PersonCategory.STUDENT, PersonStatus.ACTIVE, "pierre@example.org"));
        assertNotNull(created.id());
        assertEquals("Marie Curie", created.name());
        assertEquals("S-100", created.externalId());

        InvalidPersonException e = assertThrows(InvalidPersonException.class,
                () -> service.create(admin(), new Person(null, "S-100", "", "marie@", null, PersonCategory.STUDENT, PersonStatus.ACTIVE, null)));
        assertEquals(List.of("Name is required.", "E-mail 'marie@' is not a valid address.",
                "ID 'S-100' already belongs to Marie Curie."), e.problems());
    }

    @Test
    void editsAndDeactivatesWithoutLosingHistory() {
        Person p = service.create(admin(), Person.newPerson("Rosalind Franklin", PersonCategory.EMPLOYEE));
        Person edited = service.update(admin(), new Person(p.id(), "E-51", p.name(), "rosalind@example.org", "+44 1223 000000",
                PersonCategory.CONTRACTOR, PersonStatus.ACTIVE, null));
        assertEquals(edited, service.find(admin(), p.id()).orElseThrow());

        Person inactive = service.deactivate(admin(), p.id());
        assertEquals(PersonStatus.INACTIVE, inactive.status());
        assertEquals(PersonStatus.INACTIVE, service.find(admin(), p.id()).orElseThrow().status());
        assertEquals("rosalind@example.org", service.find(admin(), p.id()).orElseThrow().email());
    }

    @Test
    void deactivatingAnUnknownPersonSaysSo() {
        InvalidPersonException e = assertThrows(InvalidPersonException.class, () -> service.deactivate(admin(), 987_654_321L));
        assertEquals(List.of("Person 987654321 no longer exists."), e.problems());
    }
}
