package org.gatepass.notify.email.internal;

import static org.gatepass.notify.email.internal.Fixtures.DESK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.gatepass.core.event.Decision;
import org.gatepass.core.event.Direction;
import org.gatepass.core.notify.Recipient;
import org.gatepass.core.notify.RecipientRole;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonStatus;
import org.gatepass.notify.email.EmailSettings;
import org.junit.jupiter.api.Test;

/** Who is written to, per category of person and kind of event, as the outbox asks inside its transaction. */
class EmailRecipientsTest {
    private static final EmailSettings ALL = Fixtures.plain(25);

    @Test
    void aStudentsMovementGoesToTheStudentAndTheGuardian() {
        assertEquals(List.of(new Recipient(RecipientRole.PERSON, "zoe@school.example"), new Recipient(RecipientRole.GUARDIAN, "parent@home.example")),
                EmailRecipients.of(Fixtures.movement(Fixtures.student(), Direction.IN), ALL));
    }

    @Test
    void aVisitorsMovementGoesToTheVisitorAndTheHost() {
        assertEquals(List.of(new Recipient(RecipientRole.PERSON, "victor@visitor.example"), new Recipient(RecipientRole.HOST, "host@school.example")),
                EmailRecipients.of(Fixtures.movement(Fixtures.visitor(), Direction.OUT), ALL));
    }

    @Test
    void anEmployeesGuardianFieldIsNotUsed() {
        assertEquals(List.of(new Recipient(RecipientRole.PERSON, "emma@school.example")),
                EmailRecipients.of(Fixtures.movement(Fixtures.employee(), Direction.IN), ALL));
    }

    @Test
    void alertsGoToEverySecurityDeskAddressOnly() {
        EmailSettings twoDesks = Fixtures.changed(ALL, EmailSettingsProperties.SECURITY_DESK, new String[] { DESK, "night@school.example" });
        List<Recipient> expected = List.of(new Recipient(RecipientRole.SECURITY, DESK), new Recipient(RecipientRole.SECURITY, "night@school.example"));
        assertEquals(expected, EmailRecipients.of(Fixtures.alert(Decision.UNKNOWN_FACE, null), twoDesks));
        assertEquals(expected, EmailRecipients.of(Fixtures.alert(Decision.BLOCKED_PERSON, Fixtures.student()), twoDesks),
                "a blocked student's parents are not written to: the desk handles it");
        assertEquals(expected, EmailRecipients.of(Fixtures.alert(Decision.INACTIVE_PERSON, Fixtures.visitor()), twoDesks));
    }

    @Test
    void aBrokenRuleAlsoReachesTheStudentsGuardianOrTheVisitorsHostButNotThemselves() {
        assertEquals(List.of(new Recipient(RecipientRole.SECURITY, DESK), new Recipient(RecipientRole.GUARDIAN, "parent@home.example")),
                EmailRecipients.of(Fixtures.alert(Decision.RULE_BROKEN, Fixtures.student()), ALL));
        assertEquals(List.of(new Recipient(RecipientRole.SECURITY, DESK), new Recipient(RecipientRole.HOST, "host@school.example")),
                EmailRecipients.of(Fixtures.alert(Decision.RULE_BROKEN, Fixtures.visitor()), ALL));
        assertEquals(List.of(new Recipient(RecipientRole.SECURITY, DESK)), EmailRecipients.of(Fixtures.alert(Decision.RULE_BROKEN, Fixtures.employee()), ALL));
    }

    @Test
    void onlyTheChosenRolesAreNotified() {
        EmailSettings guardiansOnly = Fixtures.changed(ALL, EmailSettingsProperties.NOTIFY_ROLES, "GUARDIAN");
        assertEquals(List.of(new Recipient(RecipientRole.GUARDIAN, "parent@home.example")),
                EmailRecipients.of(Fixtures.movement(Fixtures.student(), Direction.IN), guardiansOnly));
        assertEquals(List.of(), EmailRecipients.of(Fixtures.movement(Fixtures.visitor(), Direction.IN), guardiansOnly));
        assertEquals(List.of(), EmailRecipients.of(Fixtures.alert(Decision.UNKNOWN_FACE, null), guardiansOnly));
    }

    @Test
    void missingInvalidAndRepeatedAddressesAreSkipped() {
        Person noMail = new Person(20L, null, "No Mail", null, null, PersonCategory.STUDENT, PersonStatus.ACTIVE, "  ");
        assertEquals(List.of(), EmailRecipients.of(Fixtures.movement(noMail, Direction.IN), ALL));
        Person broken = new Person(21L, null, "Broken", "not-an-address", null, PersonCategory.STUDENT, PersonStatus.ACTIVE, "parent@home.example");
        assertEquals(List.of(new Recipient(RecipientRole.GUARDIAN, "parent@home.example")),
                EmailRecipients.of(Fixtures.movement(broken, Direction.IN), ALL));
        Person same = new Person(22L, null, "Same", "Family@Home.example", null, PersonCategory.STUDENT, PersonStatus.ACTIVE, "family@home.example");
        assertEquals(List.of(new Recipient(RecipientRole.PERSON, "Family@Home.example")),
                EmailRecipients.of(Fixtures.movement(same, Direction.IN), ALL), "one e-mail per address");
    }

    @Test
    void nobodyWhenSwitchedOff() {
        EmailSettings off = Fixtures.changed(ALL, EmailSettingsProperties.ENABLED, false);
        assertEquals(List.of(), EmailRecipients.of(Fixtures.movement(Fixtures.student(), Direction.IN), off));
        assertEquals(List.of(), EmailRecipients.of(Fixtures.alert(Decision.UNKNOWN_FACE, null), off));
    }
}
