package org.gatepass.core.internal.security;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.gatepass.persistence.testing.StationStorage;
import org.gatepass.persistence.testing.TestSchemas;
import org.junit.jupiter.api.AfterAll;

/** The access rules on a real MySQL/MariaDB server, each station in a schema created for this run. */
class MySqlAccessTest extends AccessContract {
    private final List<String> schemas = new ArrayList<>();

    @Override
    StationStorage openFreshStorage() {
        String schema = TestSchemas.newSchemaName();
        String url = TestSchemas.createMysql(schema);
        schemas.add(schema);
        return StationStorage.open(url, TestSchemas.mysqlUser());
    }

    @AfterAll
    void dropSchemas() throws SQLException {
        for (String schema : schemas) {
            TestSchemas.dropMysql(schema);
        }
    }
}
