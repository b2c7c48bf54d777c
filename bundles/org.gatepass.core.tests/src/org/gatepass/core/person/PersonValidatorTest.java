package org.gatepass.core.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonValidatorTest {

    private static Person withEmail(String email) {
        return new Person(null, null, "Ada Lovelace", email, null, PersonCategory.EMPLOYEE, PersonStatus.ACTIVE, null);
    }

    @Test
    void aCompletePersonHasNoProblems() {
        Person ada = new Person(null, "E-17", "Ada Lovelace", "ada@example.org", "+44 20 7946 0018", PersonCategory.STUDENT,
                PersonStatus.ACTIVE, "parent@example.org");
        assertEquals(List.of(), PersonValidator.problems(ada));
    }

    @Test
    void everyBrokenRuleIsReported() {
        Person bad = new Person(null, null, "  ", "not-an-address", "call me", null, PersonStatus.ACTIVE, "x@y");
        List<String> problems = PersonValidator.problems(bad);
        assertEquals(List.of("Name is required.", "Category is required.", "E-mail 'not-an-address' is not a valid address.",
                "Guardian / host e-mail 'x@y' is not a valid address.", "Mobile 'call me' is not a phone number."), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = { "a@b.co", "first.last+tag@sub.example.org", "x_y@example-mail.com" })
    void acceptsCommonAddresses(String email) {
        assertEquals(List.of(), PersonValidator.problems(withEmail(email)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "plain", "a@b", "a@@b.com", "a b@c.com", "a@.com", "a@b.", "@b.com" })
    void rejectsMalformedAddresses(String email) {
        assertEquals(1, PersonValidator.problems(withEmail(email)).size(), email);
    }

    @Test
    void normalizeTrimsAndBlanksBecomeNull() {
        Person messy = new Person(null, "  ", "  Grace Hopper ", " grace@example.org ", "", PersonCategory.EMPLOYEE,
                PersonStatus.ACTIVE, null);
        Person clean = PersonValidator.normalize(messy);
        assertNull(clean.externalId());
        assertEquals("Grace Hopper", clean.name());
        assertEquals("grace@example.org", clean.email());
        assertNull(clean.mobile());
    }

    @Test
    void overlongNameIsRejected() {
        Person p = Person.newPerson("x".repeat(201), PersonCategory.VISITOR);
        assertTrue(PersonValidator.problems(p).contains("Name is longer than 200 characters."));
    }
}
