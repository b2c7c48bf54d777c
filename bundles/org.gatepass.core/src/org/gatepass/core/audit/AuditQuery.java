package org.gatepass.core.audit;

import java.time.Instant;

/**
 * A filter over the audit trail, newest first; null fields do not filter.
 * @param operator exact username
 * @param action an action's code
 * @param from inclusive
 * @param to exclusive
 */
public record AuditQuery(String operator, String action, Instant from, Instant to, int offset, int limit) {

    public static AuditQuery newest(int limit) {
        return new AuditQuery(null, null, null, null, 0, limit);
    }
}
