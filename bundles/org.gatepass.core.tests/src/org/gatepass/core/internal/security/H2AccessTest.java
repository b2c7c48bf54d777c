package org.gatepass.core.internal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.gatepass.persistence.testing.StationStorage;
import org.gatepass.persistence.testing.TestSchemas;

/** The access rules on the embedded database. */
class H2AccessTest extends AccessContract {

    @Override
    StationStorage openFreshStorage() {
        try {
            return StationStorage.open(TestSchemas.h2Url(Files.createTempDirectory("gatepass-access-")), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
