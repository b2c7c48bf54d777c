package org.gatepass.core.internal.security;

import org.gatepass.persistence.testing.StationStorage;

/** The services on the embedded database, each station in a new folder. */
class H2ServicesTest extends ServicesContract {

    @Override
    StationStorage openFreshStorage() {
        return FreshStations.h2("gatepass-services-");
    }
}
