package org.gatepass.persistence.testing;

import org.gatepass.core.storage.FaceTemplateRepository;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.core.storage.PersonRepository;
import org.gatepass.persistence.internal.Database;
import org.gatepass.persistence.internal.DatabaseSettings;
import org.gatepass.persistence.internal.MyBatisFaceTemplateRepository;
import org.gatepass.persistence.internal.MyBatisGateEventRepository;
import org.gatepass.persistence.internal.MyBatisPersonRepository;

/**
 * The repositories one station has, over a connection pool of its own: two of these on one database are two
 * workstations sharing it. Templates are sealed with the data directory's key, like the workstation's own.
 */
public final class StationStorage implements AutoCloseable {
    private final Database database;
    private final PersonRepository persons;
    private final GateEventRepository events;
    private final FaceTemplateRepository templates;

    private StationStorage(Database database) {
        this.database = database;
        this.persons = new MyBatisPersonRepository(database);
        this.events = new MyBatisGateEventRepository(database);
        this.templates = new MyBatisFaceTemplateRepository(database);
    }

    /** Connects lazily, on first use, and applies the schema migrations then. */
    public static StationStorage open(String url, String user) {
        return new StationStorage(new Database(new DatabaseSettings(url, user, "")));
    }

    public PersonRepository persons() {
        return persons;
    }

    public GateEventRepository events() {
        return events;
    }

    public FaceTemplateRepository templates() {
        return templates;
    }

    @Override
    public void close() {
        database.close();
    }
}
