package org.gatepass.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.gatepass.persistence.internal.DatabaseSettings;

/**
 * The MariaDB/MySQL server to measure: {@code -Dgatepass.bench.mysqlUrl} (default jdbc:mysql://127.0.0.1:3306/),
 * {@code -Dgatepass.bench.mysqlUser} (default root) and the password from GATEPASS_DB_PASSWORD, as the workstation reads it.
 */
final class MariaDbServer {
    static final String URL = System.getProperty("gatepass.bench.mysqlUrl", "jdbc:mysql://127.0.0.1:3306/");
    static final String USER = System.getProperty("gatepass.bench.mysqlUser", "root");

    private MariaDbServer() {
    }

    static String password() {
        String password = System.getenv(DatabaseSettings.PASSWORD_ENV);
        return password == null ? "" : password;
    }

    /** Why the server cannot be used, or null when it can. */
    static String unreachableReason() {
        try {
            execute("SELECT 1");
            return null;
        } catch (SQLException e) {
            return e.getMessage().lines().findFirst().orElse(e.getClass().getSimpleName());
        }
    }

    static void execute(String sql) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", USER);
        credentials.setProperty("password", password());
        try (Connection c = new com.mysql.cj.jdbc.Driver().connect(URL + "?connectTimeout=3000", credentials);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
