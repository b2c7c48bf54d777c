package org.gatepass.benchmarks;

import org.gatepass.persistence.internal.Database;
import org.gatepass.persistence.internal.DatabaseSettings;

/** A schema of its own on the MariaDB/MySQL server, dropped when the trial ends. */
record MariaDbSchema(String schema, Database database) implements FreshDatabase {

    static MariaDbSchema create() throws Exception {
        String schema = "gatepass_bench_" + System.currentTimeMillis();
        MariaDbServer.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        // Batches are only for seeding; rewriting them into multi-row INSERTs makes that seconds, not minutes.
        String url = MariaDbServer.URL + schema + "?rewriteBatchedStatements=true";
        return new MariaDbSchema(schema, new Database(new DatabaseSettings(url, MariaDbServer.USER, MariaDbServer.password())));
    }

    @Override
    public void close() throws Exception {
        database.close();
        MariaDbServer.execute("DROP DATABASE IF EXISTS " + schema);
    }
}
