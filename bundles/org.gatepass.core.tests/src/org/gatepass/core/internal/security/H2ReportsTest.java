package org.gatepass.core.internal.security;

import org.gatepass.persistence.testing.StationStorage;

/** The reports on the embedded database, each station in a new folder. */
class H2ReportsTest extends ReportsContract {

    @Override
    StationStorage openFreshStorage() {
        return FreshStations.h2("gatepass-reports-");
    }
}
