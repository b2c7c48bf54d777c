package org.gatepass.notify.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.gatepass.core.StorageException;
import org.gatepass.core.storage.NotificationOutbox;
import org.opentest4j.TestAbortedException;

/**
 * Which database the workstation's services use in this run: the embedded H2, or a MySQL/MariaDB schema named
 * by {@code -Dgatepass.db.url} (the build's second test run). Without a reachable server the MySQL run is
 * skipped with a message, unless {@code -Dgatepass.test.requireMysql=true} makes that a failure.
 */
final class TestDatabaseServer {
    private TestDatabaseServer() {
    }

    static boolean isMysql() {
        return System.getProperty("gatepass.db.url", "").startsWith("jdbc:mysql:");
    }

    /** Fails or skips the run when its database cannot be used. */
    static void requireReachable(NotificationOutbox outbox) {
        try {
            outbox.counts();
        } catch (StorageException e) {
            String message = "Database of this run not reachable (" + e.getMessage() + ")";
            if (isMysql() && !Boolean.getBoolean("gatepass.test.requireMysql")) {
                System.err.println("SKIPPED: " + message + ": MySQL relay tests skipped");
                throw new TestAbortedException(message);
            }
            fail(message);
        }
    }

    /** Drops the MySQL schema the run created. */
    static void dropMysqlSchema() throws SQLException {
        String url = System.getProperty("gatepass.db.url");
        int options = url.indexOf('?');
        String server = url.substring(0, url.lastIndexOf('/') + 1);
        String schema = url.substring(url.lastIndexOf('/') + 1, options < 0 ? url.length() : options);
        Properties credentials = new Properties();
        credentials.setProperty("user", System.getProperty("gatepass.db.user", "root"));
        credentials.setProperty("password", "");
        try (Connection c = new com.mysql.cj.jdbc.Driver().connect(server, credentials); Statement s = c.createStatement()) {
            s.executeUpdate("DROP DATABASE IF EXISTS `" + schema.replace("`", "``") + "`");
        }
    }
}
