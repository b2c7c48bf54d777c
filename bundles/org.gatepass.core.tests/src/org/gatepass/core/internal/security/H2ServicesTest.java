package org.gatepass.core.internal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.gatepass.persistence.testing.StationStorage;
import org.gatepass.persistence.testing.TestSchemas;

/** The services on the embedded database, each station in a new folder. */
class H2ServicesTest extends ServicesContract {

    @Override
    StationStorage openFreshStorage() {
        try {
            return StationStorage.open(TestSchemas.h2Url(Files.createTempDirectory("gatepass-services-")), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
