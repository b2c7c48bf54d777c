package org.gatepass.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gatepass.core.audit.AuditAction;
import org.gatepass.core.audit.AuditRecord;
import org.gatepass.core.audit.AuditValues;
import org.gatepass.core.person.InvalidPersonException;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonService;
import org.gatepass.core.person.PersonStatus;
import org.gatepass.core.person.PersonValidator;
import org.gatepass.core.security.AccessControl;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;
import org.gatepass.core.storage.AuditTrail;
import org.gatepass.core.storage.PersonRepository;
import org.gatepass.core.storage.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PersonService.class)
public final class DefaultPersonService implements PersonService {
    private final PersonRepository persons;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Transactions transactions;

    @Activate
    public DefaultPersonService(@Reference PersonRepository persons, @Reference AccessControl access, @Reference AuditTrail audit,
            @Reference Transactions transactions) {
        this.persons = persons;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public Person create(Actor actor, Person person) {
        access.require(actor, Permission.MANAGE_PERSONS);
        if (person.id() != null) {
            throw new IllegalArgumentException("A new person has no id yet");
        }
        return transactions.inTransaction(() -> {
            Person created = persons.insert(validated(person));
            audit.append(new AuditRecord(actor, AuditAction.PERSON_CREATE, subject(created), "", describe(created)));
            return created;
        });
    }

    @Override
    public Person update(Actor actor, Person person) {
        access.require(actor, Permission.MANAGE_PERSONS);
        if (person.id() == null) {
            throw new IllegalArgumentException("Only a stored person can be updated");
        }
        return transactions.inTransaction(() -> {
            Person before = persons.findById(person.id()).orElseThrow(() -> gone(person.id()));
            Person valid = validated(person);
            if (!persons.update(valid)) {
                throw gone(person.id());
            }
            audit.append(new AuditRecord(actor, AuditAction.PERSON_UPDATE, subject(valid), describe(before), describe(valid)));
            return valid;
        });
    }

    @Override
    public Person deactivate(Actor actor, long personId) {
        access.require(actor, Permission.MANAGE_PERSONS);
        return transactions.inTransaction(() -> {
            Person before = persons.findById(personId).orElseThrow(() -> gone(personId));
            Person inactive = before.withStatus(PersonStatus.INACTIVE);
            persons.update(inactive);
            audit.append(new AuditRecord(actor, AuditAction.PERSON_DEACTIVATE, subject(before), describe(before), describe(inactive)));
            return inactive;
        });
    }

    @Override
    public Optional<Person> find(Actor actor, long personId) {
        access.require(actor, Permission.VIEW_PERSONS);
        return persons.findById(personId);
    }

    @Override
    public List<Person> search(Actor actor, String text, int limit) {
        access.require(actor, Permission.VIEW_PERSONS);
        return persons.search(text == null ? "" : text.strip(), limit);
    }

    private Person validated(Person person) {
        Person normalized = PersonValidator.normalize(person);
        List<String> problems = new ArrayList<>(PersonValidator.problems(normalized));
        if (normalized.externalId() != null) {
            persons.findByExternalId(normalized.externalId())
                    .filter(other -> !other.id().equals(normalized.id()))
                    .ifPresent(other -> problems.add("ID '" + normalized.externalId() + "' already belongs to " + other.name() + "."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPersonException(problems);
        }
        return normalized;
    }

    private static InvalidPersonException gone(long personId) {
        return new InvalidPersonException(List.of("Person " + personId + " no longer exists."));
    }

    static String subject(Person person) {
        return "person " + person.id() + " '" + person.name() + "'";
    }

    static String describe(Person p) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("externalId", p.externalId());
        values.put("name", p.name());
        values.put("email", p.email());
        values.put("mobile", p.mobile());
        values.put("category", p.category());
        values.put("status", p.status());
        values.put("guardianEmail", p.guardianEmail());
        return AuditValues.of(values);
    }
}
