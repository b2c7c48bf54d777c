package org.gatepass.core.security;

import java.util.Objects;

/**
 * Who performs a service call: an operator signed in at a station, or a named system principal (the gate
 * runtime, the relay, a headless tool). Every service method takes one explicitly, so work handed to a
 * background thread keeps its operator. An operator's actor is only good while its session lives
 * ({@link OperatorService#login}); one built by hand is refused.
 */
public final class Actor {
    private final long operatorId;
    private final String username;
    private final Role role;
    private final String station;
    private final String session;

    /**
     * For an {@link OperatorService} implementation issuing a session; anyone else gets a refused actor.
     * @param session an unguessable token naming the live session
     */
    public Actor(long operatorId, String username, Role role, String station, String session) {
        if (role == Role.SYSTEM) {
            throw new IllegalArgumentException("System principals are made with Actor.system");
        }
        this.operatorId = operatorId;
        this.username = Objects.requireNonNull(username, "username");
        this.role = Objects.requireNonNull(role, "role");
        this.station = Objects.requireNonNull(station, "station");
        this.session = Objects.requireNonNull(session, "session");
    }

    private Actor(String name, String station) {
        this.operatorId = 0;
        this.username = name;
        this.role = Role.SYSTEM;
        this.station = station;
        this.session = null;
    }

    /** A system principal such as "gate" or "gatepass-audit": it has the {@link Role#SYSTEM} permissions only. */
    public static Actor system(String name, String station) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A system principal needs a name");
        }
        return new Actor(name.strip(), Objects.requireNonNull(station, "station"));
    }

    /** The operator's id; 0 for a system principal. */
    public long operatorId() {
        return operatorId;
    }

    public String username() {
        return username;
    }

    /** The role the session was opened with; services check the role the session has now. */
    public Role role() {
        return role;
    }

    public boolean isSystem() {
        return role == Role.SYSTEM;
    }

    /** The workstation or agent the actor works at. */
    public String station() {
        return station;
    }

    /** The session token; null for a system principal. */
    public String session() {
        return session;
    }

    /** Whether the role allows it; a hint for the UI only, since the services decide. */
    public boolean can(Permission permission) {
        return role.allows(permission);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Actor that && operatorId == that.operatorId && username.equals(that.username) && role == that.role
                && station.equals(that.station) && Objects.equals(session, that.session);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operatorId, username, session);
    }

    @Override
    public String toString() {
        return (isSystem() ? "system '" : "operator '") + username + "' (" + role.label() + ") at " + station;
    }
}
