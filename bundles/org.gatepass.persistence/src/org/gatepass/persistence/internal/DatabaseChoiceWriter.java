package org.gatepass.persistence.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

import org.gatepass.core.DataDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Turns the database chosen in the settings editor into {@code <data>/gatepass.properties}, where the next start
 * reads it. The running station keeps its connection: every repository would otherwise restart under the gate.
 */
@Component(immediate = true, configurationPid = DatabaseChoice.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DatabaseChoiceConfig.class)
public final class DatabaseChoiceWriter {
    private static final Logger LOG = Logger.getLogger(DatabaseChoiceWriter.class.getName());

    private final Path dataDirectory;

    @Activate
    public DatabaseChoiceWriter(Map<String, Object> properties) {
        this(DataDirectory.resolve(), properties);
    }

    DatabaseChoiceWriter(Path dataDirectory, Map<String, Object> properties) {
        this.dataDirectory = dataDirectory;
        modified(properties);
    }

    @Modified
    void modified(Map<String, Object> properties) {
        DatabaseChoice choice;
        try {
            choice = DatabaseChoice.read(properties);
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "The database choice is not used: " + e.getMessage());
            return;
        }
        if (!choice.problems().isEmpty()) {
            LOG.warning(() -> "The database choice is not used: " + String.join(" ", choice.problems()));
            return;
        }
        try {
            write(choice);
            LOG.info(() -> "Database choice saved: " + choice.describe() + ", used from the next start");
        } catch (IOException e) {
            LOG.severe(() -> "Cannot save the database choice in " + file() + ": " + e.getMessage());
        }
    }

    /** Replaces the database lines of the file and keeps the rest; written aside and moved, so a full disk leaves the old file. */
    private void write(DatabaseChoice choice) throws IOException {
        Path file = file();
        Properties properties = DatabaseSettings.readConfig(file);
        if (choice.kind() == DatabaseKind.EMBEDDED) {
            properties.remove(DatabaseSettings.FILE_URL);
            properties.remove(DatabaseSettings.FILE_USER);
        } else {
            properties.setProperty(DatabaseSettings.FILE_URL, choice.url(dataDirectory));
            properties.setProperty(DatabaseSettings.FILE_USER, choice.user());
        }
        Files.createDirectories(dataDirectory);
        Path written = Files.createTempFile(dataDirectory, DatabaseSettings.CONFIG_FILE, ".new");
        try {
            try (OutputStream out = Files.newOutputStream(written)) {
                properties.store(out, "Gatepass database, set in Administration > Settings > Database (the password is in secure storage)");
            }
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(written);
        }
    }

    private Path file() {
        return dataDirectory.resolve(DatabaseSettings.CONFIG_FILE);
    }
}
