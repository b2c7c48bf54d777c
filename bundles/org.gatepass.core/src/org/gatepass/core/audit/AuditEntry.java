package org.gatepass.core.audit;

import java.time.Instant;

/**
 * A row of the audit trail. {@code hash} is SHA-256 over the previous row's hash and this row's fields, so
 * an edited, deleted or inserted row breaks the chain.
 * @param seq position in the chain, from 1 without gaps
 * @param operator the operator's username or the system principal's name
 */
public record AuditEntry(long seq, Instant at, String operator, String role, String action, String subject, String before,
        String after, String station, String hash) {
}
