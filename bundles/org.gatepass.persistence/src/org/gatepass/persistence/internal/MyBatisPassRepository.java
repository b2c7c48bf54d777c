package org.gatepass.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gatepass.core.notify.NotificationPlanner;
import org.gatepass.core.pass.PassListing;
import org.gatepass.core.pass.VisitorPass;
import org.gatepass.core.storage.PassRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

@Component(service = PassRepository.class)
public final class MyBatisPassRepository implements PassRepository {
    private final Database database;
    /** Optional and dynamic, as for events: who sends a pass is the notification plug-ins' decision. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile NotificationPlanner planner;

    @Activate
    public MyBatisPassRepository(@Reference Database database) {
        this.database = database;
    }

    @Override
    public VisitorPass insert(VisitorPass pass, Instant issuedAt, String issuedBy) {
        if (pass.id() != null) {
            throw new IllegalArgumentException("A new pass has no id yet");
        }
        return database.write(session -> {
            GeneratedKey key = new GeneratedKey();
            session.getMapper(PassMapper.class).insert(pass, String.join(",", pass.cameras()), issuedAt, issuedBy, key);
            return pass.withId(key.getValue(), issuedAt, issuedBy);
        });
    }

    @Override
    public Optional<VisitorPass> find(long id) {
        return Optional.ofNullable(database.read(session -> session.getMapper(PassMapper.class).find(id))).map(PassRow::pass);
    }

    @Override
    public List<PassListing> list(Instant endedAfter, int limit) {
        return database.read(session -> session.getMapper(PassMapper.class).list(endedAfter, limit)).stream().map(PassRow::listing).toList();
    }

    @Override
    public boolean revoke(long id, Instant at, String by, String reason) {
        return database.write(session -> session.getMapper(PassMapper.class).revoke(id, at, by, reason)) == 1;
    }

    @Override
    public Optional<PassListing> listing(long id) {
        return Optional.ofNullable(database.read(session -> session.getMapper(PassMapper.class).find(id))).map(PassRow::listing);
    }

    @Override
    public int queueInvitation(long id, Instant askedAt) {
        return database.write(session -> {
            PassRow row = session.getMapper(PassMapper.class).find(id);
            if (row == null) {
                throw new IllegalArgumentException("Pass " + id + " does not exist");
            }
            return OutboxRows.writeInvitation(session, row.listing(), planner, askedAt);
        });
    }

    @Override
    public List<VisitorPass> ofPerson(long personId) {
        return database.read(session -> session.getMapper(PassMapper.class).ofPerson(personId)).stream().map(PassRow::pass).toList();
    }
}
