package org.gatepass.core.audit;

import java.util.Objects;

import org.gatepass.core.security.Actor;

/**
 * What a service appends to the audit trail, in the transaction of the change it records.
 * @param subject what was acted on: "person 12 (Marie Curie)"
 * @param before the state before, as {@link AuditValues} text; empty when there was none
 * @param after the state after; empty when there is none. Never a secret.
 */
public record AuditRecord(Actor actor, AuditAction action, String subject, String before, String after) {

    public AuditRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        subject = subject == null ? "" : subject;
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    public static AuditRecord of(Actor actor, AuditAction action, String subject) {
        return new AuditRecord(actor, action, subject, "", "");
    }
}
