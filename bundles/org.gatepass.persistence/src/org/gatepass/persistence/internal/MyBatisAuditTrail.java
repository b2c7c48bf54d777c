package org.gatepass.persistence.internal;

import java.time.Clock;
import java.time.Instant;
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

    @Activate
    public MyBatisAuditTrail(@Reference Database database) {
        this(database, Clock.systemUTC());
    }

    MyBatisAuditTrail(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public AuditEntry append(AuditRecord record) {
        return database.write(session -> {
            AuditMapper mapper = session.getMapper(AuditMapper.class);
            AuditHead head = mapper.lockHead();
            AuditRow unhashed = new AuditRow(head.seq() + 1, clock.instant().truncatedTo(ChronoUnit.MILLIS), record.actor().username(),
                    record.actor().role().label(), record.action().code(), record.subject(), record.before(), record.after(),
                    record.actor().station(), head.hash(), "");
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
        return database.read(session -> {
            AuditMapper mapper = session.getMapper(AuditMapper.class);
            AuditHead head = mapper.head();
            long expected = 1;
            String previousHash = AuditChain.GENESIS;
            for (List<AuditRow> page = mapper.chain(0, PAGE); !page.isEmpty(); page = mapper.chain(expected - 1, PAGE)) {
                for (AuditRow row : page) {
                    String problem = problem(row, expected, previousHash, head);
                    if (problem != null) {
                        return new ChainVerification(expected - 1, Math.min(row.seq(), expected), problem);
                    }
                    previousHash = row.hash();
                    expected++;
                }
            }
            long last = expected - 1;
            if (head.seq() != last || !head.hash().equals(previousHash)) {
                return new ChainVerification(last, last + 1, head.seq() > last
                        ? "row " + (last + 1) + " is missing: the trail ends at row " + last + " but " + head.seq() + " rows were written"
                        : "the chain's head does not match row " + last);
            }
            return ChainVerification.intact(last);
        });
    }

    /** What is wrong with a row, or null when it fits the chain. */
    private static String problem(AuditRow row, long expected, String previousHash, AuditHead head) {
        if (row.seq() > head.seq()) {
            return "row " + row.seq() + " was not written by Gatepass: the chain's head is row " + head.seq();
        }
        if (row.seq() != expected) {
            return "row " + expected + " is missing: the chain jumps from row " + (expected - 1) + " to row " + row.seq();
        }
        if (!row.prevHash().equals(previousHash)) {
            return "row " + row.seq() + " does not follow row " + (expected - 1) + ": a row before it was changed, removed or inserted";
        }
        if (!AuditChain.hash(previousHash, row).equals(row.hash())) {
            return "row " + row.seq() + " was changed after it was written (its content does not match its hash)";
        }
        return null;
    }
}
