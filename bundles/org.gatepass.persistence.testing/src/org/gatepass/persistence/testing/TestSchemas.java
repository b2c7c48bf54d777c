package org.gatepass.persistence.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import org.gatepass.persistence.internal.DatabaseSettings;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Fresh databases for tests: an embedded H2 in a folder, or a new schema on the MySQL/MariaDB server named by
 * {@code -Dgatepass.test.mysqlUrl} (user {@code -Dgatepass.test.mysqlUser}, root by default, empty password).
 * Without a reachable server a MySQL test is skipped with a message, unless {@code -Dgatepass.test.requireMysql=true}
 * (set by CI) makes that a failure.
 */
public final class TestSchemas {
    private TestSchemas() {
    }

    /** The URL of an embedded H2 database in {@code folder}, created on first use. */
    public static String h2Url(Path folder) {
        return DatabaseSettings.embeddedUrl(folder);
    }

    /** A name no other test run uses. */
    public static String newSchemaName() {
        return "gatepass_test_" + System.currentTimeMillis() + "_" + ThreadLocalRandom.current().nextInt(1000);
    }

    /**
     * Creates the schema on the test server and answers its URL; drop it with {@link #dropMysql}.
     * @throws TestAbortedException without a reachable server, unless one is required
     */
    public static String createMysql(String schema) {
        try (Connection c = serverConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            String message = "MySQL/MariaDB not reachable at " + serverUrl() + " (" + e.getMessage() + ")";
            if (Boolean.getBoolean("gatepass.test.requireMysql")) {
                throw new AssertionFailedError(message + " and gatepass.test.requireMysql is set", e);
            }
            System.err.println("SKIPPED: " + message + ": MySQL tests skipped");
            throw new TestAbortedException(message);
        }
        return serverUrl() + schema;
    }

    public static void dropMysql(String schema) throws SQLException {
        try (Connection c = serverConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DROP DATABASE IF EXISTS " + schema);
        }
    }

    public static String mysqlUser() {
        return System.getProperty("gatepass.test.mysqlUser", "root");
    }

    private static Connection serverConnection() throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", mysqlUser());
        credentials.setProperty("password", "");
        credentials.setProperty("connectTimeout", "3000");
        return new com.mysql.cj.jdbc.Driver().connect(serverUrl(), credentials);
    }

    private static String serverUrl() {
        return System.getProperty("gatepass.test.mysqlUrl", "jdbc:mysql://127.0.0.1:3306/");
    }
}
