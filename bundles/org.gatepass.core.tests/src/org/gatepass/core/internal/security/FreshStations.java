package org.gatepass.core.internal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.gatepass.persistence.testing.StationStorage;
import org.gatepass.persistence.testing.TestSchemas;

/**
 * Databases of their own for the contract tests: an embedded one in a new folder, or a schema created on the
 * MySQL/MariaDB server for this run, dropped again by {@link #dropMysqlSchemas()}.
 */
final class FreshStations {
    private final List<String> schemas = new ArrayList<>();

    static StationStorage h2(String folderPrefix) {
        try {
            return StationStorage.open(TestSchemas.h2Url(Files.createTempDirectory(folderPrefix)), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    StationStorage mysql() {
        String schema = TestSchemas.newSchemaName();
        String url = TestSchemas.createMysql(schema);
        schemas.add(schema);
        return StationStorage.open(url, TestSchemas.mysqlUser());
    }

    void dropMysqlSchemas() throws SQLException {
        for (String schema : schemas) {
            TestSchemas.dropMysql(schema);
        }
        schemas.clear();
    }
}
