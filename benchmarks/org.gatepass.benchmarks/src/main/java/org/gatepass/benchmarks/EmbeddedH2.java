package org.gatepass.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.gatepass.persistence.internal.Database;
import org.gatepass.persistence.internal.DatabaseSettings;

/** The workstation's default database, an H2 file in MySQL mode, in a temporary folder. */
record EmbeddedH2(Path folder, Database database) implements FreshDatabase {

    static EmbeddedH2 create() throws IOException {
        Path folder = Files.createTempDirectory("gatepass-bench-h2-");
        // A connection's cached statement hands back its previous result while no table changed; the live log
        // changes with every gate event, so measure executions, each with a parse that costs microseconds.
        String url = DatabaseSettings.embeddedUrl(folder) + ";QUERY_CACHE_SIZE=0";
        return new EmbeddedH2(folder, new Database(new DatabaseSettings(url, "", "")));
    }

    @Override
    public void close() throws IOException {
        database.close();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
