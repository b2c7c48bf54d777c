package org.gatepass.core.internal.security;

import org.gatepass.persistence.testing.StationStorage;

/** The access rules on the embedded database, each station in a new folder. */
class H2AccessTest extends AccessContract {

    @Override
    StationStorage openFreshStorage() {
        return FreshStations.h2("gatepass-access-");
    }
}
