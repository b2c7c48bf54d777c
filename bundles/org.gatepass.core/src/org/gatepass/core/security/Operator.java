package org.gatepass.core.security;

import java.time.Instant;

/**
 * A person who signs in at a station. The password hash never leaves the storage layer.
 * @param lockedUntil when a lock-out after failed log-ins ends; null when not locked
 * @param mustChangePassword set by a password reset: the operator chooses a new one at the next log-in
 */
public record Operator(long id, String username, String displayName, Role role, boolean enabled, int failedLogins,
        Instant lockedUntil, boolean mustChangePassword, Instant createdAt, Instant lastLoginAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
