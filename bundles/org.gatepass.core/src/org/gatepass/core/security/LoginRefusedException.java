package org.gatepass.core.security;

import java.time.Instant;

/** A log-in was refused; the message is fit to show at the login dialog and names no secret. */
public final class LoginRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        WRONG_CREDENTIALS, LOCKED, DISABLED
    }

    private final Reason reason;
    private final Instant lockedUntil;

    public LoginRefusedException(Reason reason, String message, Instant lockedUntil) {
        super(message);
        this.reason = reason;
        this.lockedUntil = lockedUntil;
    }

    public Reason reason() {
        return reason;
    }

    /** When a lock-out ends; null unless {@link Reason#LOCKED}. */
    public Instant lockedUntil() {
        return lockedUntil;
    }
}
