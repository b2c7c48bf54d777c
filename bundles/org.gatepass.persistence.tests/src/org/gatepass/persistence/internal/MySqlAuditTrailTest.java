package org.gatepass.persistence.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;

/** The audit trail contract on a real MySQL/MariaDB server, a schema per test. */
class MySqlAuditTrailTest extends AuditTrailContract {
    private static final List<String> SCHEMAS = new ArrayList<>();

    @Override
    Database freshDatabase() {
        String schema = TestDatabases.newSchemaName();
        SCHEMAS.add(schema);
        return TestDatabases.freshMysql(schema);
    }

    @AfterAll
    static void dropSchemas() throws SQLException {
        for (String schema : SCHEMAS) {
            TestDatabases.dropMysqlSchema(schema);
        }
    }
}
