package org.gatepass.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.gatepass.core.secret.SecretStore;
import org.gatepass.core.security.AccessDeniedException;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.OperatorService;
import org.gatepass.core.security.Role;
import org.gatepass.core.settings.SettingsAction;
import org.gatepass.core.settings.SettingsAction.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The database choice of the settings editor: checked, written to {@code gatepass.properties} for the next start with
 * the password in the secret store, and "Test connection" against the real MySQL/MariaDB server of the build.
 */
@ExtendWith(ServiceExtension.class)
class DatabaseChoiceTest {
    private static final String PID = "org.gatepass.persistence.database";

    @InjectService(timeout = 10_000, filter = "(" + SettingsAction.PID + "=" + PID + ")")
    SettingsAction testConnection;
    @InjectService(timeout = 10_000)
    OperatorService operators;
    @InjectService(timeout = 10_000)
    SecretStore secrets;

    @Test
    void theChoiceIsCheckedThenWrittenForTheNextStartKeepingTheFilesOtherLines() throws Exception {
        Path data = Files.createTempDirectory("gatepass-choice-");
        Path file = data.resolve(DatabaseSettings.CONFIG_FILE);
        Files.writeString(file, "# a site's own note\nsite.name=North\n");

        new DatabaseChoiceWriter(data, mysql("db.example.org", 3307, "gate_north", "gp"));
        Properties written = DatabaseSettings.readConfig(file);
        assertEquals("jdbc:mysql://db.example.org:3307/gate_north?sslMode=PREFERRED&connectTimeout=5000", written.getProperty("db.url"));
        assertEquals("gp", written.getProperty("db.user"));
        assertEquals("North", written.getProperty("site.name"), "the file's other lines are kept");
        assertNull(written.getProperty("db.password"), "never a password in the file");

        Map<String, Object> broken = mysql("bad host;", 0, "x-y", "");
        assertEquals(List.of("Server 'bad host;' is not a host name or address.", "Port 0 is not between 1 and 65535.",
                "Database name 'x-y' must be 1 to 64 letters, digits, _ or $.", "User is required."), DatabaseChoice.read(broken).problems());
        new DatabaseChoiceWriter(data, broken);
        assertEquals(written, DatabaseSettings.readConfig(file), "a broken choice changes nothing");
        broken.put("kind", "POSTGRES");
        assertThrows(IllegalArgumentException.class, () -> DatabaseChoice.read(broken));

        new DatabaseChoiceWriter(data, Map.of("kind", "EMBEDDED"));
        Properties embedded = DatabaseSettings.readConfig(file);
        assertNull(embedded.getProperty("db.url"), "the embedded default applies again");
        assertEquals("North", embedded.getProperty("site.name"));
        try (var leftovers = Files.list(data)) {
            assertEquals(List.of(file), leftovers.toList(), "no temporary files left");
        }
    }

    @Test
    void testConnectionSaysWhatItFoundOrExactlyWhatIsWrong() throws Exception {
        String schema = TestDatabases.newSchemaName();
        TestDatabases.freshMysql(schema).close();
        Actor admin = FirstAdministrator.of(operators);
        try {
            Outcome fresh = testConnection.run(admin, mysql("127.0.0.1", 3306, schema, "root"), Map.of(), "");
            assertTrue(fresh.succeeded(), fresh.message());
            assertTrue(fresh.message().startsWith("Connected to ") && fresh.message().contains("has no Gatepass tables yet")
                    && fresh.message().contains("until Gatepass is started again"), fresh.message());

            Outcome noServer = testConnection.run(admin, mysql("127.0.0.1", freePort(), schema, "root"), Map.of(), "");
            assertFalse(noServer.succeeded());
            assertTrue(noServer.message().startsWith("No database server answers at 127.0.0.1:"), noServer.message());

            Outcome noDatabase = testConnection.run(admin, mysql("127.0.0.1", 3306, schema + "_missing", "root"), Map.of(), "");
            assertFalse(noDatabase.succeeded());
            assertTrue(noDatabase.message().startsWith("The server has no database " + schema + "_missing: create it"), noDatabase.message());

            Outcome refused = testConnection.run(admin, mysql("127.0.0.1", 3306, schema, "nobody_" + schema), Map.of("password", "wrong"), "");
            assertFalse(refused.succeeded());
            assertTrue(refused.message().startsWith("The server refused user nobody_"), refused.message());

            Outcome typo = testConnection.run(admin, mysql("", 3306, schema, "root"), Map.of(), "");
            assertEquals("Server is required.", typo.message());
        } finally {
            TestDatabases.dropMysqlSchema(schema);
        }
    }

    @Test
    void theStoredPasswordIsUsedByTestConnectionAndByTheNextStart() throws Exception {
        String schema = TestDatabases.newSchemaName();
        String user = "gp_" + schema.substring(schema.length() - 12);
        TestDatabases.freshMysql(schema).close();
        Actor admin = FirstAdministrator.of(operators);
        try (Connection root = new com.mysql.cj.jdbc.Driver().connect("jdbc:mysql://127.0.0.1:3306/", rootLogin());
                Statement sql = root.createStatement()) {
            sql.executeUpdate("CREATE USER '" + user + "'@'%' IDENTIFIED BY 'stored secret'");
            sql.executeUpdate("CREATE USER '" + user + "'@'localhost' IDENTIFIED BY 'stored secret'");
            sql.executeUpdate("GRANT ALL ON " + schema + ".* TO '" + user + "'@'%'");
            sql.executeUpdate("GRANT ALL ON " + schema + ".* TO '" + user + "'@'localhost'");
            secrets.put(DatabaseChoice.PASSWORD_KEY, "stored secret");
            try {
                Outcome stored = testConnection.run(admin, mysql("127.0.0.1", 3306, schema, user), Map.of(), "");
                assertTrue(stored.succeeded(), "no password typed: the stored one is used: " + stored.message());
                Outcome typed = testConnection.run(admin, mysql("127.0.0.1", 3306, schema, user), Map.of("password", "typed wrong"), "");
                assertFalse(typed.succeeded(), "a typed password wins over the stored one");

                DatabaseChoice choice = DatabaseChoice.read(mysql("127.0.0.1", 3306, schema, user));
                try (Database next = new Database(new DatabaseSettings(choice.url(Path.of("unused")), user, ""), secrets)) {
                    assertEquals(List.of(), next.read(session -> session.getMapper(PersonMapper.class).search("%", 10)),
                            "the next start connects with the stored password and creates the schema");
                }
            } finally {
                secrets.remove(DatabaseChoice.PASSWORD_KEY);
                sql.executeUpdate("DROP USER IF EXISTS '" + user + "'@'%'");
                sql.executeUpdate("DROP USER IF EXISTS '" + user + "'@'localhost'");
            }
        } finally {
            TestDatabases.dropMysqlSchema(schema);
        }
    }

    @Test
    void onlyAnOperatorWhoMayChangeSettingsTestsAConnection() {
        Actor stranger = new Actor(999_999L, "nobody", Role.ADMIN, "test", "a session Gatepass never issued");
        assertThrows(AccessDeniedException.class, () -> testConnection.run(stranger, Map.of("kind", "EMBEDDED"), Map.of(), ""));
    }

    private static Map<String, Object> mysql(String host, int port, String database, String user) {
        Map<String, Object> p = new HashMap<>();
        p.put("kind", "MYSQL");
        p.put("host", host);
        p.put("port", port);
        p.put("database", database);
        p.put("user", user);
        p.put("tls", "PREFERRED");
        return p;
    }

    private static Properties rootLogin() {
        Properties p = new Properties();
        p.setProperty("user", System.getProperty("gatepass.test.mysqlUser", "root"));
        p.setProperty("password", "");
        return p;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
