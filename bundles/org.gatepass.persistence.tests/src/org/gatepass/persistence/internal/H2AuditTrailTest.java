package org.gatepass.persistence.internal;

/** The audit trail contract on the embedded database, a new one per test. */
class H2AuditTrailTest extends AuditTrailContract {

    @Override
    Database freshDatabase() throws Exception {
        return TestDatabases.freshH2();
    }
}
