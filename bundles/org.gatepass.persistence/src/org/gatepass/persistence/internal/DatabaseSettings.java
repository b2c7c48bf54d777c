package org.gatepass.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Logger;

import org.gatepass.core.DataDirectory;

/**
 * Which database to use. System properties win over {@code <data>/gatepass.properties}; without either the
 * embedded H2 file database in the data directory is used. The password never comes from that file: it
 * is read from {@code -Dgatepass.db.password} or the {@code GATEPASS_DB_PASSWORD} environment variable, else
 * from the secret store where the settings editor put it (see {@link Database}).
 */
public record DatabaseSettings(String url, String user, String password) {
    public static final String URL = "gatepass.db.url";
    public static final String USER = "gatepass.db.user";
    public static final String PASSWORD = "gatepass.db.password";
    public static final String PASSWORD_ENV = "GATEPASS_DB_PASSWORD";
    public static final String CONFIG_FILE = "gatepass.properties";
    /** Keys of {@value #CONFIG_FILE}. */
    static final String FILE_URL = "db.url";
    static final String FILE_USER = "db.user";
    private static final Logger LOG = Logger.getLogger(DatabaseSettings.class.getName());

    public DatabaseSettings {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("A database URL is required");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    public static DatabaseSettings fromEnvironment() {
        Path data = DataDirectory.resolve();
        Properties file = readConfig(data.resolve(CONFIG_FILE));
        if (file.containsKey("db.password")) {
            LOG.warning(() -> "Ignoring db.password in " + data.resolve(CONFIG_FILE) + ": set " + PASSWORD_ENV + " instead");
        }
        String url = first(System.getProperty(URL), file.getProperty(FILE_URL), embeddedUrl(data));
        String user = first(System.getProperty(USER), file.getProperty(FILE_USER), "");
        String password = first(System.getProperty(PASSWORD), System.getenv(PASSWORD_ENV), "");
        return new DatabaseSettings(url, user, password);
    }

    /** The zero-setup default: an H2 file database speaking MySQL's dialect. */
    public static String embeddedUrl(Path dataDirectory) {
        return "jdbc:h2:file:" + dataDirectory.resolve("db").resolve("gatepass") + ";MODE=MySQL";
    }

    public boolean isEmbedded() {
        return url.startsWith("jdbc:h2:");
    }

    public String driverClass() {
        if (isEmbedded()) {
            return "org.h2.Driver";
        }
        if (url.startsWith("jdbc:mysql:")) {
            return "com.mysql.cj.jdbc.Driver";
        }
        throw new IllegalArgumentException("Unsupported database URL " + url + " (use jdbc:h2: or jdbc:mysql:)");
    }

    /** The URL without its options, safe to show and log. */
    public String describe() {
        int options = url.indexOf(url.startsWith("jdbc:h2:") ? ';' : '?');
        return options < 0 ? url : url.substring(0, options);
    }

    static Properties readConfig(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return properties;
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }
}
