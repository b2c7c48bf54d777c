package org.gatepass.persistence.internal;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** The repository contract on a real MySQL/MariaDB server, in a schema created for this run. */
class MySqlRepositoryTest extends RepositoryContract {
    private static final String SCHEMA = TestDatabases.newSchemaName();
    private static Database database;

    @BeforeAll
    static void open() {
        database = TestDatabases.freshMysql(SCHEMA);
    }

    @AfterAll
    static void close() throws SQLException {
        if (database != null) {
            database.close();
            TestDatabases.dropMysqlSchema(SCHEMA);
        }
    }

    @Override
    Database database() {
        return database;
    }

    @Nested
    class FaceTemplates extends FaceTemplateContract {
        @Override
        Database database() {
            return database;
        }
    }
}
