package org.gatepass.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gatepass.core.person.Person;
import org.gatepass.core.storage.PersonRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PersonRepository.class)
public final class MyBatisPersonRepository implements PersonRepository {
    private final Database database;

    @Activate
    public MyBatisPersonRepository(@Reference Database database) {
        this.database = database;
    }

    @Override
    public Person insert(Person person) {
        return database.write(session -> {
            GeneratedKey key = new GeneratedKey();
            session.getMapper(PersonMapper.class).insert(person, key, Instant.now());
            return person.withId(key.getValue());
        });
    }

    @Override
    public boolean update(Person person) {
        return database.write(session -> session.getMapper(PersonMapper.class).update(person, Instant.now()) == 1);
    }

    @Override
    public Optional<Person> findById(long id) {
        return Optional.ofNullable(database.read(session -> session.getMapper(PersonMapper.class).findById(id)));
    }

    @Override
    public Optional<Person> findByExternalId(String externalId) {
        return Optional.ofNullable(database.read(session -> session.getMapper(PersonMapper.class).findByExternalId(externalId)));
    }

    @Override
    public Optional<Person> findByEmail(String email) {
        return Optional.ofNullable(database.read(session -> session.getMapper(PersonMapper.class).findByEmail(email)));
    }

    @Override
    public List<Person> search(String text, int limit) {
        return database.read(session -> session.getMapper(PersonMapper.class).search(LikePattern.contains(text), limit));
    }
}
