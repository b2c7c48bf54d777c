package org.gatepass.core.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.gatepass.core.security.Actor;

/** Reading and checking the audit trail (VIEW_AUDIT); nothing can change it through a service. */
public interface AuditService {

    List<AuditEntry> find(Actor actor, AuditQuery query);

    /** How many rows match the query's filter (its offset and limit are ignored). */
    int count(Actor actor, AuditQuery query);

    /** Checks the whole chain and names the first row that does not fit. */
    ChainVerification verify(Actor actor);

    /** Writes every row matching the filter as CSV (RFC 4180, header line, UTF-8 text), newest first. */
    void exportCsv(Actor actor, AuditQuery query, Writer out) throws IOException;
}
