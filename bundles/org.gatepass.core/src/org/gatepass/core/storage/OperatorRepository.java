package org.gatepass.core.storage;

import java.util.List;
import java.util.Optional;

import org.gatepass.core.security.Operator;

/** Storage of operators and their password hashes (SPI, implemented by the persistence bundle). */
public interface OperatorRepository {

    /** Stores a new operator with an encoded password hash; returns it with its id. */
    Operator insert(Operator operator, String passwordHash);

    /** Stores display name, role, enabled, failed log-ins, lock-out, must-change and last log-in. */
    void update(Operator operator);

    void updatePasswordHash(long operatorId, String passwordHash);

    Optional<Operator> findById(long id);

    /** Case-insensitive. */
    Optional<Operator> findByUsername(String username);

    /** The encoded hash (algorithm, parameters, salt and hash), for the service to check a password. */
    Optional<String> passwordHash(long operatorId);

    /** Every operator, by username. */
    List<Operator> list();

    long count();
}
