package org.gatepass.benchmarks;

import org.gatepass.persistence.internal.Database;

/** A database made for one benchmark trial and removed after it, so no run sees another's data. */
interface FreshDatabase extends AutoCloseable {
    String H2 = "h2";
    String MARIADB = "mariadb";

    Database database();

    @Override
    void close() throws Exception;

    static FreshDatabase open(String engine) throws Exception {
        return switch (engine) {
            case H2 -> EmbeddedH2.create();
            case MARIADB -> MariaDbSchema.create();
            default -> throw new IllegalArgumentException("Unknown engine " + engine + " (use " + H2 + " or " + MARIADB + ")");
        };
    }
}
