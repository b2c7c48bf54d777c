package org.gatepass.persistence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.gatepass.persistence.testing.TestSchemas;

/** The audit trail contract on the embedded database, a new one per test. */
class H2AuditTrailTest extends AuditTrailContract {
    private String url;

    @Override
    String freshDatabaseUrl() {
        try {
            url = TestSchemas.h2Url(Files.createTempDirectory("gatepass-audit-"));
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    String urlOfStation() {
        return url;
    }

    @Override
    String user() {
        return "";
    }
}
