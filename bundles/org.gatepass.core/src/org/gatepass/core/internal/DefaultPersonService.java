package org.gatepass.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gatepass.core.person.InvalidPersonException;
import org.gatepass.core.person.Person;
import org.gatepass.core.storage.PersonRepository;
import org.gatepass.core.person.PersonService;
import org.gatepass.core.person.PersonStatus;
import org.gatepass.core.person.PersonValidator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PersonService.class)
public final class DefaultPersonService implements PersonService {
    private final PersonRepository persons;

    @Activate
    public DefaultPersonService(@Reference PersonRepository persons) {
        this.persons = persons;
    }

    @Override
    public Person create(Person person) {
        if (person.id() != null) {
            throw new IllegalArgumentException("A new person has no id yet");
        }
        Person valid = validated(person);
        return persons.insert(valid);
    }

    @Override
    public Person update(Person person) {
        if (person.id() == null) {
            throw new IllegalArgumentException("Only a stored person can be updated");
        }
        Person valid = validated(person);
        if (!persons.update(valid)) {
            throw new InvalidPersonException(List.of("Person " + person.id() + " no longer exists."));
        }
        return valid;
    }

    @Override
    public Person deactivate(long personId) {
        Person person = persons.findById(personId)
                .orElseThrow(() -> new InvalidPersonException(List.of("Person " + personId + " no longer exists.")));
        Person inactive = person.withStatus(PersonStatus.INACTIVE);
        persons.update(inactive);
        return inactive;
    }

    @Override
    public Optional<Person> find(long personId) {
        return persons.findById(personId);
    }

    @Override
    public List<Person> search(String text, int limit) {
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
}
