package org.gatepass.persistence.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.opentest4j.TestAbortedException;

/**
 * Fresh databases for the repository suite: an embedded H2 in a temporary folder, or a new schema on the
 * MySQL/MariaDB server named by {@code -Dgatepass.test.mysqlUrl} (root, empty password by default).
 * Without a reachable server the MySQL tests are skipped with a message, unless
 * {@code -Dgatepass.test.requireMysql=true} (set by CI) makes that a failure.
 */
final class TestDatabases {
    private TestDatabases() {
    }

    static Database freshH2() throws Exception {
        Path dir = Files.createTempDirectory("gatepass-h2-");
        return new Database(new DatabaseSettings(DatabaseSettings.embeddedUrl(dir), "", ""));
    }

    /** A schema of its own on the test server; dropped by {@link #dropMysqlSchema}. */
    static Database freshMysql(String schema) {
        try (Connection c = serverConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            String message = "MySQL/MariaDB not reachable at " + serverUrl() + " (" + e.getMessage() + ")";
            if (Boolean.getBoolean("gatepass.test.requireMysql")) {
                fail(message + " and gatepass.test.requireMysql is set");
            }
            System.err.println("SKIPPED: " + message + ": MySQL repository tests skipped");
            throw new TestAbortedException(message);
        }
        return new Database(new DatabaseSettings(serverUrl() + schema, user(), ""));
    }

    static void dropMysqlSchema(String schema) throws SQLException {
        try (Connection c = serverConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DROP DATABASE IF EXISTS " + schema);
        }
    }

    /** Deletes every row, children first, so each test starts from an empty schema. */
    static void emptyTables(Database database) {
        database.write(session -> {
            try (Statement s = session.getConnection().createStatement()) {
                for (String table : List.of("face_template", "person_consent", "notification_outbox", "visitor_pass", "event_snapshot", "presence", "gate_event", "stranger", "person")) {
                    s.executeUpdate("DELETE FROM " + table);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    static String newSchemaName() {
        return "gatepass_test_" + System.currentTimeMillis() + "_" + ThreadLocalRandom.current().nextInt(1000);
    }

    private static Connection serverConnection() throws SQLException {
        DriverManager.setLoginTimeout(3);
        return new com.mysql.cj.jdbc.Driver().connect(serverUrl() + "?connectTimeout=3000", credentials());
    }

    private static java.util.Properties credentials() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", user());
        p.setProperty("password", "");
        return p;
    }

    private static String serverUrl() {
        return System.getProperty("gatepass.test.mysqlUrl", "jdbc:mysql://127.0.0.1:3306/");
    }

    private static String user() {
        return System.getProperty("gatepass.test.mysqlUser", "root");
    }
}
