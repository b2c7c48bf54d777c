package org.gatepass.persistence.testing;

import java.sql.SQLException;
import java.sql.Statement;

import org.gatepass.core.storage.AlertRepository;
import org.gatepass.core.storage.AuditTrail;
import org.gatepass.core.storage.ConsentRepository;
import org.gatepass.core.storage.FaceTemplateRepository;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.core.storage.NotificationOutbox;
import org.gatepass.core.storage.OperatorRepository;
import org.gatepass.core.storage.AccessRepository;
import org.gatepass.core.storage.PassRepository;
import org.gatepass.core.storage.ReportRepository;
import org.gatepass.core.storage.RetentionPurge;
import org.gatepass.core.storage.PersonRepository;
import org.gatepass.core.storage.PresenceRepository;
import org.gatepass.core.storage.StrangerRepository;
import org.gatepass.core.storage.Transactions;
import org.gatepass.persistence.internal.Database;
import org.gatepass.persistence.internal.DatabaseSettings;
import org.gatepass.persistence.internal.MyBatisAlertRepository;
import org.gatepass.persistence.internal.MyBatisAuditTrail;
import org.gatepass.persistence.internal.MyBatisConsentRepository;
import org.gatepass.persistence.internal.MyBatisFaceTemplateRepository;
import org.gatepass.persistence.internal.MyBatisGateEventRepository;
import org.gatepass.persistence.internal.MyBatisNotificationOutbox;
import org.gatepass.persistence.internal.MyBatisOperatorRepository;
import org.gatepass.persistence.internal.MyBatisAccessRepository;
import org.gatepass.persistence.internal.MyBatisPassRepository;
import org.gatepass.persistence.internal.MyBatisReportRepository;
import org.gatepass.persistence.internal.MyBatisRetentionPurge;
import org.gatepass.persistence.internal.MyBatisPersonRepository;
import org.gatepass.persistence.internal.MyBatisPresenceRepository;
import org.gatepass.persistence.internal.MyBatisStrangerRepository;
import org.gatepass.persistence.internal.MyBatisTransactions;

/**
 * The storage one station has, over a connection pool of its own: two of these on one database are two
 * workstations sharing it. Templates are sealed with the data directory's key, like the workstation's own.
 */
public final class StationStorage implements AutoCloseable {
    private final Database database;
    private final PersonRepository persons;
    private final GateEventRepository events;
    private final FaceTemplateRepository templates;
    private final OperatorRepository operators;
    private final AlertRepository alerts;
    private final PresenceRepository presence;
    private final StrangerRepository strangers;
    private final PassRepository passes;
    private final AccessRepository access;
    private final ReportRepository reports;
    private final NotificationOutbox outbox;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final ConsentRepository consents;
    private final RetentionPurge retention;

    private StationStorage(Database database) {
        this.database = database;
        this.persons = new MyBatisPersonRepository(database);
        this.events = new MyBatisGateEventRepository(database);
        this.templates = new MyBatisFaceTemplateRepository(database);
        this.operators = new MyBatisOperatorRepository(database);
        this.alerts = new MyBatisAlertRepository(database);
        this.presence = new MyBatisPresenceRepository(database);
        this.strangers = new MyBatisStrangerRepository(database);
        this.passes = new MyBatisPassRepository(database);
        this.access = new MyBatisAccessRepository(database);
        this.reports = new MyBatisReportRepository(database);
        this.outbox = new MyBatisNotificationOutbox(database);
        this.audit = new MyBatisAuditTrail(database);
        this.transactions = new MyBatisTransactions(database);
        this.consents = new MyBatisConsentRepository(database);
        this.retention = new MyBatisRetentionPurge(database);
    }

    /** Connects lazily, on first use, and applies the schema migrations then. */
    public static StationStorage open(String url, String user) {
        return new StationStorage(new Database(new DatabaseSettings(url, user, "")));
    }

    /** Another station on the same database, with connections of its own, as a second PC at the site has. */
    public StationStorage secondStation() {
        return new StationStorage(new Database(database.settings()));
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

    public OperatorRepository operators() {
        return operators;
    }

    public StrangerRepository strangers() {
        return strangers;
    }

    public PassRepository passes() {
        return passes;
    }

    public AccessRepository access() {
        return access;
    }

    public ReportRepository reports() {
        return reports;
    }

    public PresenceRepository presence() {
        return presence;
    }

    public AlertRepository alerts() {
        return alerts;
    }

    public NotificationOutbox outbox() {
        return outbox;
    }

    public AuditTrail audit() {
        return audit;
    }

    public ConsentRepository consents() {
        return consents;
    }

    public RetentionPurge retention() {
        return retention;
    }

    public Transactions transactions() {
        return transactions;
    }

    /**
     * Runs one SQL statement outside the repositories, as anybody with access to the database could: for tests
     * that tamper with rows. Returns the update count.
     */
    public int executeSql(String sql) {
        return database.write(session -> {
            try (Statement statement = session.getConnection().createStatement()) {
                return statement.executeUpdate(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    public void close() {
        database.close();
    }
}
