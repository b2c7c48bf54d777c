package org.gatepass.core.security;

/** A service refused a call: the message names the operator and what they may not do. */
public final class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Actor actor;
    private final Permission permission;

    public AccessDeniedException(Actor actor, Permission permission, String reason) {
        super("Access denied: " + actor + " may not " + permission.description() + " (" + permission + ")"
                + (reason == null ? "" : ": " + reason));
        this.actor = actor;
        this.permission = permission;
    }

    public Actor actor() {
        return actor;
    }

    public Permission permission() {
        return permission;
    }
}
