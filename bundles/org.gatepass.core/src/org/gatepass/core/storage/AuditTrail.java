package org.gatepass.core.storage;

import java.util.List;

import org.gatepass.core.audit.AuditEntry;
import org.gatepass.core.audit.AuditQuery;
import org.gatepass.core.audit.AuditRecord;
import org.gatepass.core.audit.ChainVerification;

/**
 * The append-only audit table (SPI, implemented by the persistence bundle). Appending takes the chain's
 * head under a lock, so stations writing at once still leave one unbroken chain.
 */
public interface AuditTrail {

    /** Appends a row, chained to the last one; joins the caller's transaction ({@link Transactions}). */
    AuditEntry append(AuditRecord record);

    List<AuditEntry> find(AuditQuery query);

    int count(AuditQuery query);

    /** Re-computes every row's hash in order and names the first row that is edited, missing or inserted. */
    ChainVerification verify();
}
