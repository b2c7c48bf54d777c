package org.gatepass.core.internal.security;

import java.sql.SQLException;

import org.gatepass.persistence.testing.StationStorage;
import org.junit.jupiter.api.AfterAll;

/** The access rules on a real MySQL/MariaDB server, each station in a schema created for this run. */
class MySqlAccessTest extends AccessContract {
    private final FreshStations stations = new FreshStations();

    @Override
    StationStorage openFreshStorage() {
        return stations.mysql();
    }

    @AfterAll
    void dropSchemas() throws SQLException {
        stations.dropMysqlSchemas();
    }
}
