package org.gatepass.persistence.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import org.gatepass.core.person.Person;
import org.gatepass.core.storage.PersonRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PersonRepository.class)
public final class MyBatisPersonRepository implements PersonRepository {
    private static final int CHUNK = 500;
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
    public Map<String, Person> findByExternalIds(Collection<String> externalIds) {
        Map<String, Person> found = new HashMap<>();
        for (List<String> chunk : chunks(externalIds)) {
            database.read(session -> session.getMapper(PersonMapper.class).findByExternalIds(chunk)).forEach(p -> found.put(p.externalId(), p));
        }
        return found;
    }

    @Override
    public Map<String, Person> findByEmails(Collection<String> emails) {
        Map<String, Person> found = new HashMap<>();
        List<String> lower = emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).distinct().toList();
        for (List<String> chunk : chunks(lower)) {
            database.read(session -> session.getMapper(PersonMapper.class).findByEmails(chunk))
                    .forEach(p -> found.putIfAbsent(p.email().toLowerCase(Locale.ROOT), p));
        }
        return found;
    }

    /** IN lists of a few hundred values: well inside every database's limits. */
    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = List.copyOf(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    @Override
    public List<Person> search(String text, int limit) {
        return database.read(session -> session.getMapper(PersonMapper.class).search(LikePattern.contains(text), limit));
    }
}
