package org.gatepass.core.security;

import java.time.Duration;
import java.util.List;

/**
 * Operators, their passwords and sessions. Passwords are hashed (Argon2id, parameters kept with the hash);
 * five failed log-ins in a row lock an account for five minutes. Log-ins, failures, lock-outs and every
 * change to an operator are written to the audit trail.
 */
public interface OperatorService {

    /** True until the first administrator exists: a fresh installation can do nothing else. */
    boolean needsFirstAdministrator();

    /**
     * Creates the first administrator and signs them in.
     * @throws IllegalStateException when an operator exists already
     * @throws InvalidOperatorException listing every problem with the name or password
     */
    Actor createFirstAdministrator(String username, String displayName, char[] password, String station);

    /**
     * Signs an operator in at a station.
     * @throws LoginRefusedException wrong name or password (the message does not tell which), locked or disabled
     */
    Actor login(String username, char[] password, String station);

    /** Checks the password of a signed-in operator, e.g. to unlock an idle console; failures count as for a log-in. */
    void confirmPassword(Actor actor, char[] password);

    /** Ends the session: the actor is refused from now on. */
    void logout(Actor actor);

    /** The operator behind a session, as stored now. */
    Operator current(Actor actor);

    /** How long a console may be idle before it asks for the password again; zero for never. */
    Duration idleLock();

    /** @throws LoginRefusedException when the old password is wrong; InvalidOperatorException for a weak new one */
    void changeOwnPassword(Actor actor, char[] oldPassword, char[] newPassword);

    // Administration (MANAGE_OPERATORS)

    List<Operator> list(Actor actor);

    /** The new operator must choose their own password at the first log-in. */
    Operator add(Actor actor, String username, String displayName, Role role, char[] initialPassword);

    Operator changeRole(Actor actor, long operatorId, Role role);

    /** A disabled operator cannot sign in and their open sessions end. */
    Operator setEnabled(Actor actor, long operatorId, boolean enabled);

    /** Sets a temporary password, lifts a lock-out; the operator must choose a new one at the next log-in. */
    Operator resetPassword(Actor actor, long operatorId, char[] temporaryPassword);
}
