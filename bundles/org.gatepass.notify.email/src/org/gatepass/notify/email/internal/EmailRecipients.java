package org.gatepass.notify.email.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

import org.gatepass.core.event.Decision;
import org.gatepass.core.notify.NotificationSubject;
import org.gatepass.core.notify.Recipient;
import org.gatepass.core.notify.RecipientRole;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonValidator;
import org.gatepass.notify.email.EmailSettings;

/**
 * Who is written to about an event. A movement goes to the person, to the guardian of a student and to the
 * host of a visitor (both kept in the person's guardian / host e-mail); an alert goes to the security desk; a visitor's
 * pass goes to the visitor.
 * Missing or invalid addresses are skipped; an address is written to once even if it holds two roles.
 */
final class EmailRecipients {
    private static final Logger LOG = Logger.getLogger(EmailRecipients.class.getName());

    private EmailRecipients() {
    }

    static List<Recipient> of(NotificationSubject subject, EmailSettings settings) {
        if (!settings.enabled()) {
            return List.of();
        }
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        if (subject.isInvitation()) {
            // asked for by the reception: the visitor gets their pass whichever roles are notified of movements
            String visitor = subject.pass().visitorEmail();
            if (visitor != null && PersonValidator.isEmailAddress(visitor.strip())) {
                byAddress.put(visitor.strip().toLowerCase(Locale.ROOT), new Recipient(RecipientRole.PERSON, visitor.strip()));
            }
        } else if (subject.event().decision().isAlert()) {
            for (String desk : settings.securityDesk()) {
                add(byAddress, settings, RecipientRole.SECURITY, desk);
            }
            if (subject.event().decision() == Decision.RULE_BROKEN) {
                // a student out after curfew is the guardian's business too, not only the desk's
                subject.knownPerson().ifPresent(person -> addResponsible(byAddress, settings, person));
            }
        } else {
            subject.knownPerson().ifPresent(person -> addPersonal(byAddress, settings, person));
        }
        return List.copyOf(byAddress.values());
    }

    private static void addPersonal(Map<String, Recipient> byAddress, EmailSettings settings, Person person) {
        add(byAddress, settings, RecipientRole.PERSON, person.email());
        addResponsible(byAddress, settings, person);
    }

    /** A student's guardian, a visitor's host. */
    private static void addResponsible(Map<String, Recipient> byAddress, EmailSettings settings, Person person) {
        if (person.category() == PersonCategory.STUDENT) {
            add(byAddress, settings, RecipientRole.GUARDIAN, person.guardianEmail());
        } else if (person.category() == PersonCategory.VISITOR) {
            add(byAddress, settings, RecipientRole.HOST, person.guardianEmail());
        }
    }

    private static void add(Map<String, Recipient> byAddress, EmailSettings settings, RecipientRole role, String address) {
        if (!settings.notifiedRoles().contains(role) || address == null || address.isBlank()) {
            return;
        }
        String clean = address.strip();
        if (!PersonValidator.isEmailAddress(clean)) {
            LOG.warning(() -> "Not e-mailing the " + role.name().toLowerCase(Locale.ROOT) + " at '" + clean + "': not a valid address");
            return;
        }
        byAddress.putIfAbsent(clean.toLowerCase(Locale.ROOT), new Recipient(role, clean));
    }
}
