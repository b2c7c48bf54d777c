package org.gatepass.persistence.internal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** The repository contract on the embedded H2 database (the zero-setup default). */
class H2RepositoryTest extends RepositoryContract {
    private static Database database;

    @BeforeAll
    static void open() throws Exception {
        database = TestDatabases.freshH2();
    }

    @AfterAll
    static void close() {
        database.close();
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
