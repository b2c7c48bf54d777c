package org.gatepass.persistence.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The database an administrator chose in the settings editor, as read from its configuration ({@value #PID}) and
 * checked. It becomes the connection settings of the next start through {@code gatepass.properties}.
 */
record DatabaseChoice(DatabaseKind kind, String host, int port, String database, String user, DatabaseTls tls) {
    static final String PID = "org.gatepass.persistence.database";
    static final String PASSWORD_KEY = PID + ".password";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:\\-\\[\\]]+");
    private static final Pattern SCHEMA = Pattern.compile("[A-Za-z0-9_$]{1,64}");

    DatabaseChoice {
        host = host == null ? "" : host.strip();
        database = database == null ? "" : database.strip();
        user = user == null ? "" : user.strip();
    }

    /** Reads typed values (Configuration Admin) or text (a {@code .cfg} file); what cannot be read is a problem. */
    static DatabaseChoice read(Map<String, ?> properties) {
        return new DatabaseChoice(enumValue(DatabaseKind.class, properties.get("kind"), DatabaseKind.EMBEDDED), text(properties.get("host")),
                port(properties.get("port")), text(properties.get("database")), text(properties.get("user")),
                enumValue(DatabaseTls.class, properties.get("tls"), DatabaseTls.PREFERRED));
    }

    /** Every broken rule in words for the administrator; empty when the choice can be used. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (kind == DatabaseKind.EMBEDDED) {
            return problems;
        }
        if (!HOST.matcher(host).matches()) {
            problems.add(host.isEmpty() ? "Server is required." : "Server '" + host + "' is not a host name or address.");
        }
        if (port < 1 || port > 65535) {
            problems.add("Port " + port + " is not between 1 and 65535.");
        }
        if (!SCHEMA.matcher(database).matches()) {
            problems.add("Database name '" + database + "' must be 1 to 64 letters, digits, _ or $.");
        }
        if (user.isEmpty()) {
            problems.add("User is required.");
        }
        return problems;
    }

    /** The JDBC URL of this choice; the embedded one lives in the data folder. */
    String url(Path dataDirectory) {
        if (kind == DatabaseKind.EMBEDDED) {
            return DatabaseSettings.embeddedUrl(dataDirectory);
        }
        return "jdbc:mysql://" + host + ":" + port + "/" + database + "?sslMode=" + tls.name() + "&connectTimeout=5000";
    }

    String describe() {
        return kind == DatabaseKind.EMBEDDED ? "the embedded database" : "MySQL/MariaDB " + database + " at " + host + ":" + port;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static int port(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return value == null || value.toString().isBlank() ? 3306 : Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, Object value, E fallback) {
        if (value == null || value.toString().isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.toString().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }
}
