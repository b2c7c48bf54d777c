package org.gatepass.core.internal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.gatepass.persistence.testing.StationStorage;
import org.gatepass.persistence.testing.TestSchemas;

/** The reports on the embedded database. */
class H2ReportsTest extends ReportsContract {

    @Override
    StationStorage openFreshStorage() {
        try {
            return StationStorage.open(TestSchemas.h2Url(Files.createTempDirectory("gatepass-reports-")), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
