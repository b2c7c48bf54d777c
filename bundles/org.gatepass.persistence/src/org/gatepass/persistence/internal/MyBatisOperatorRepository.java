package org.gatepass.persistence.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.gatepass.core.security.Operator;
import org.gatepass.core.storage.OperatorRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = OperatorRepository.class)
public final class MyBatisOperatorRepository implements OperatorRepository {
    private final Database database;

    @Activate
    public MyBatisOperatorRepository(@Reference Database database) {
        this.database = database;
    }

    @Override
    public Operator insert(Operator operator, String passwordHash) {
        Operator stored = new Operator(0, lowerCase(operator.username()), operator.displayName(), operator.role(), operator.enabled(),
                operator.failedLogins(), operator.lockedUntil(), operator.mustChangePassword(), operator.createdAt(), operator.lastLoginAt());
        return database.write(session -> {
            GeneratedKey key = new GeneratedKey();
            session.getMapper(OperatorMapper.class).insert(stored, passwordHash, key);
            return new Operator(key.getValue(), stored.username(), stored.displayName(), stored.role(), stored.enabled(),
                    stored.failedLogins(), stored.lockedUntil(), stored.mustChangePassword(), stored.createdAt(), stored.lastLoginAt());
        });
    }

    @Override
    public void update(Operator operator) {
        database.write(session -> session.getMapper(OperatorMapper.class).update(operator));
    }

    @Override
    public void updatePasswordHash(long operatorId, String passwordHash) {
        database.write(session -> session.getMapper(OperatorMapper.class).updatePasswordHash(operatorId, passwordHash));
    }

    @Override
    public Optional<Operator> findById(long id) {
        return Optional.ofNullable(database.read(session -> session.getMapper(OperatorMapper.class).findById(id)));
    }

    @Override
    public Optional<Operator> findByUsername(String username) {
        return Optional.ofNullable(database.read(session -> session.getMapper(OperatorMapper.class).findByUsername(lowerCase(username))));
    }

    @Override
    public Optional<String> passwordHash(long operatorId) {
        return Optional.ofNullable(database.read(session -> session.getMapper(OperatorMapper.class).passwordHash(operatorId)));
    }

    @Override
    public List<Operator> list() {
        return database.read(session -> session.getMapper(OperatorMapper.class).list());
    }

    @Override
    public long count() {
        return database.read(session -> session.getMapper(OperatorMapper.class).count());
    }

    private static String lowerCase(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
