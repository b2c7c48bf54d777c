package org.gatepass.persistence.internal;

/** The last row of the audit chain as audit_head records it. */
public record AuditHead(long seq, String hash) {
}
