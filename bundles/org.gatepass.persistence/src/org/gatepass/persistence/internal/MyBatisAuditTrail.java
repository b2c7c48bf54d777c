package org.gatepass.persistence.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.gatepass.core.audit.AuditEntry;
import org.gatepass.core.audit.AuditQuery;
import org.gatepass.core.audit.AuditRecord;
import org.gatepass.core.audit.ChainVerification;
import org.gatepass.core.storage.AuditTrail;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = AuditTrail.class)
public final class MyBatisAuditTrail implements AuditTrail {
    /** Rows read at a time while checking the chain, so a long trail never sits in memory whole. */
    private static final int PAGE = 1000;

    private final Database database;
    private final Clock clock;
    private final int pageSize;

    @Activate
    public MyBatisAuditTrail(@Reference Database database) {
        this(database, Clock.systemUTC(), PAGE);
    }

    /** For tests: a page of a few rows makes a short chain cross page boundaries. */
    MyBatisAuditTrail(Database database, Clock clock, int pageSize) {
        this.database = database;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    /** Joins the caller's transaction, or runs in one of its own; the head's row lock makes appenders queue. */
    @Override
    public AuditEntry append(AuditRecord record) {
        return database.write(session -> {
            AuditMapper mapper = session.getMapper(AuditMapper.class);
            AuditHead head = mapper.lockHead();
            AuditRow unhashed = new AuditRow(head.seq() + 1, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                    AuditColumns.OPERATOR.fit(record.actor().username()), record.actor().role().label(), record.action().code(),
                    AuditColumns.SUBJECT.fit(record.subject()), record.before(), record.after(),
                    AuditColumns.STATION.fit(record.actor().station()), head.hash(), "");
            AuditRow row = unhashed.withHash(AuditChain.hash(head.hash(), unhashed));
            mapper.insert(row);
            mapper.moveHead(row.seq(), row.hash());
            return row.entry();
        });
    }

    @Override
    public List<AuditEntry> find(AuditQuery q) {
        return database.read(session -> session.getMapper(AuditMapper.class)
                .find(q.operator(), q.action(), q.from(), q.to(), q.offset(), q.limit()).stream().map(AuditRow::entry).toList());
    }

    @Override
    public int count(AuditQuery q) {
        return database.read(session -> session.getMapper(AuditMapper.class).count(q.operator(), q.action(), q.from(), q.to()));
    }

    @Override
    public ChainVerification verify() {
        return database.read(session -> new AuditChainCheck(session.getMapper(AuditMapper.class), this::settledHead, pageSize).run());
    }

    /** The head as the last finished append left it: the lock waits for an append in progress. */
    private AuditHead settledHead() {
        return database.write(session -> session.getMapper(AuditMapper.class).lockHead());
    }
}
