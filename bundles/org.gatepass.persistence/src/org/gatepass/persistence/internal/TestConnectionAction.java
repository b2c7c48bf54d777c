package org.gatepass.persistence.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

import org.gatepass.core.DataDirectory;
import org.gatepass.core.secret.SecretStore;
import org.gatepass.core.security.AccessControl;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;
import org.gatepass.core.settings.SettingsAction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * "Test connection" beside the database choice: connects with the settings as typed (the stored password when none
 * is typed) and says what it found, or exactly what went wrong. The choice applies at the next start, which the
 * service property tells the settings editor.
 */
@Component(service = SettingsAction.class, property = { SettingsAction.PID + "=" + DatabaseChoice.PID,
        SettingsAction.APPLIES_AT_RESTART + ":Boolean=true" })
public final class TestConnectionAction implements SettingsAction {
    private static final int TIMEOUT_SECONDS = 5;

    private final SecretStore secrets;
    private final AccessControl access;
    private final Database running;

    @Activate
    public TestConnectionAction(@Reference SecretStore secrets, @Reference AccessControl access, @Reference Database running) {
        this.secrets = secrets;
        this.access = access;
        this.running = running;
    }

    @Override
    public String label() {
        return "Test connection";
    }

    @Override
    public String inputLabel() {
        return "";
    }

    @Override
    public Outcome run(Actor actor, Map<String, Object> properties, Map<String, String> typed, String input) {
        access.require(actor, Permission.CHANGE_SETTINGS);
        DatabaseChoice choice;
        try {
            choice = DatabaseChoice.read(properties);
        } catch (IllegalArgumentException e) {
            return new Outcome(false, e.getMessage());
        }
        if (!choice.problems().isEmpty()) {
            return new Outcome(false, String.join(" ", choice.problems()));
        }
        String now = " This station uses " + running.settings().describe() + " until Gatepass is started again.";
        if (choice.kind() == DatabaseKind.EMBEDDED) {
            return new Outcome(true, "The embedded database needs no server: it is kept in "
                    + DataDirectory.resolve().resolve("db") + "." + now);
        }
        String password = typed.getOrDefault("password", secrets.get(DatabaseChoice.PASSWORD_KEY).orElse(""));
        Properties login = new Properties();
        login.setProperty("user", choice.user());
        login.setProperty("password", password);
        login.setProperty("socketTimeout", Integer.toString(TIMEOUT_SECONDS * 1000));
        try (Connection connection = new com.mysql.cj.jdbc.Driver().connect(choice.url(DataDirectory.resolve()), login);
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            String version = single(statement, "SELECT VERSION()");
            String tables = single(statement, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                    + "AND table_name = 'gate_event'").equals("0") ? "has no Gatepass tables yet (they are created at the next start)"
                    : "already holds Gatepass's tables";
            return new Outcome(true, "Connected to " + version + " as " + choice.user() + "; database " + choice.database() + " " + tables + "."
                    + now);
        } catch (SQLException e) {
            return new Outcome(false, explain(choice, e));
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    /** What the administrator can do about it; Connector/J's own message at the end. */
    private static String explain(DatabaseChoice choice, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String advice;
        if (state.startsWith("28") || e.getErrorCode() == 1045) {
            advice = "The server refused user " + choice.user() + ": check the user and the password.";
        } else if (e.getErrorCode() == 1049) {
            advice = "The server has no database " + choice.database() + ": create it (CREATE DATABASE " + choice.database()
                    + " CHARACTER SET utf8mb4) and grant it to " + choice.user() + ".";
        } else if (e.getErrorCode() == 1044) {
            advice = "User " + choice.user() + " may not use database " + choice.database() + ": grant it.";
        } else if (state.startsWith("08")) {
            advice = "No database server answers at " + choice.host() + ":" + choice.port() + " (is it running, and is the port open?).";
        } else {
            advice = "The connection failed.";
        }
        return advice + " (" + e.getMessage() + ")";
    }
}
