package org.gatepass.core.internal.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.gatepass.core.security.AccessControl;
import org.gatepass.core.security.AccessDeniedException;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Operator;
import org.gatepass.core.security.Permission;
import org.gatepass.core.storage.OperatorRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The sessions this station issued and the permission check every service makes. The operator's role and
 * state are read from the database (at most {@link #FRESHNESS} old), so a role changed or an account disabled
 * at another station takes effect here too.
 */
@Component(service = { AccessControl.class, OperatorSessions.class })
public final class OperatorSessions implements AccessControl {
    static final Duration FRESHNESS = Duration.ofSeconds(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Session(long operatorId, Operator operator, Instant readAt) {
    }

    private final OperatorRepository operators;
    private final Clock clock;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    @Activate
    public OperatorSessions(@Reference OperatorRepository operators) {
        this(operators, Clock.systemUTC());
    }

    OperatorSessions(OperatorRepository operators, Clock clock) {
        this.operators = operators;
        this.clock = clock;
    }

    Actor open(Operator operator, String station) {
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        String session = HexFormat.of().formatHex(token);
        sessions.put(session, new Session(operator.id(), operator, clock.instant()));
        return new Actor(operator.id(), operator.username(), operator.role(), station, session);
    }

    void close(Actor actor) {
        if (actor.session() != null) {
            sessions.remove(actor.session());
        }
    }

    boolean isOpen(Actor actor) {
        return actor.session() != null && sessions.containsKey(actor.session());
    }

    /** The live operator of an open session. @throws AccessDeniedException when there is none */
    Operator operator(Actor actor, Permission wanted) {
        Session session = actor.session() == null ? null : sessions.get(actor.session());
        if (session == null || session.operatorId() != actor.operatorId()) {
            throw new AccessDeniedException(actor, wanted, "not signed in (signed out, or a session Gatepass did not issue)");
        }
        Instant now = clock.instant();
        if (Duration.between(session.readAt(), now).compareTo(FRESHNESS) < 0) {
            return session.operator();
        }
        Operator current = operators.findById(session.operatorId()).orElse(null);
        if (current == null || !current.enabled()) {
            sessions.remove(actor.session());
            throw new AccessDeniedException(actor, wanted, "the account is disabled");
        }
        sessions.put(actor.session(), new Session(current.id(), current, now));
        return current;
    }

    /** Forgets what was read about an operator, after a change to them at this station. */
    void refresh(long operatorId) {
        sessions.replaceAll((token, s) -> s.operatorId() == operatorId ? new Session(operatorId, s.operator(), Instant.EPOCH) : s);
    }

    @Override
    public void require(Actor actor, Permission permission) {
        if (actor == null) {
            throw new IllegalArgumentException("Every service call needs the acting operator");
        }
        if (actor.isSystem()) {
            if (!actor.role().allows(permission)) {
                throw new AccessDeniedException(actor, permission, null);
            }
            return;
        }
        Operator operator = operator(actor, permission);
        if (operator.mustChangePassword()) {
            throw new AccessDeniedException(actor, permission, "a new password must be chosen first");
        }
        if (!operator.role().allows(permission)) {
            throw new AccessDeniedException(actor, permission, operator.role() != actor.role() ? "the role is now " + operator.role().label() : null);
        }
    }

    @Override
    public boolean allows(Actor actor, Permission permission) {
        try {
            require(actor, permission);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }
}
