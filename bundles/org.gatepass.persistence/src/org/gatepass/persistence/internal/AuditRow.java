package org.gatepass.persistence.internal;

import java.time.Instant;

import org.gatepass.core.audit.AuditEntry;

/** An audit_log row as stored, with the previous row's hash it was chained to. */
public record AuditRow(long seq, Instant recordedAt, String operator, String role, String action, String subject, String beforeState,
        String afterState, String station, String prevHash, String hash) {

    AuditRow withHash(String newHash) {
        return new AuditRow(seq, recordedAt, operator, role, action, subject, beforeState, afterState, station, prevHash, newHash);
    }

    AuditEntry entry() {
        return new AuditEntry(seq, recordedAt, operator, role, action, subject, beforeState, afterState, station, hash);
    }
}
