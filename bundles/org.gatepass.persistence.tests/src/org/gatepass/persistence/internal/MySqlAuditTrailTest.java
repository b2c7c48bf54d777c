package org.gatepass.persistence.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.gatepass.persistence.testing.TestSchemas;
import org.junit.jupiter.api.AfterAll;

/** The audit trail contract on a real MySQL/MariaDB server, a schema per test. */
class MySqlAuditTrailTest extends AuditTrailContract {
    private static final List<String> SCHEMAS = new ArrayList<>();
    private String url;

    @Override
    String freshDatabaseUrl() {
        String schema = TestSchemas.newSchemaName();
        url = TestSchemas.createMysql(schema);
        SCHEMAS.add(schema);
        return url;
    }

    @Override
    String urlOfStation() {
        return url;
    }

    @Override
    String user() {
        return TestSchemas.mysqlUser();
    }

    @AfterAll
    static void dropSchemas() throws SQLException {
        for (String schema : SCHEMAS) {
            TestSchemas.dropMysql(schema);
        }
    }
}
