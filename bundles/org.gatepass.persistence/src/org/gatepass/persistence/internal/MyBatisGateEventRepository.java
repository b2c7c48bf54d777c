package org.gatepass.persistence.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.apache.ibatis.session.SqlSession;
import org.gatepass.core.access.PresenceRule;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.event.EventLogQuery;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.event.PresenceState;
import org.gatepass.core.notify.NotificationPlanner;
import org.gatepass.core.storage.GateEventRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

@Component(service = GateEventRepository.class)
public final class MyBatisGateEventRepository implements GateEventRepository {
    private final Database database;
    /** Optional and dynamic: persistence does not depend on the notification plug-ins being there. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile NotificationPlanner planner;

    @Activate
    public MyBatisGateEventRepository(@Reference Database database) {
        this.database = database;
    }

    @Override
    public GateEvent record(GateEvent event) {
        return database.write(session -> insert(session, event));
    }

    @Override
    public GateEvent record(GateEvent event, byte[] snapshotJpeg) {
        return database.write(session -> {
            GateEvent stored = insert(session, event);
            session.getMapper(GateEventMapper.class).insertSnapshot(stored.id(), snapshotJpeg);
            return stored;
        });
    }

    @Override
    public Optional<byte[]> snapshot(long eventId) {
        return database.read(session -> session.getMapper(GateEventMapper.class).snapshot(eventId)).stream().findFirst();
    }

    /** How every live event is stored: the event, the presence it changes (the site's or its gate's area's) and its outbox rows. */
    private GateEvent insert(SqlSession session, GateEvent event) {
        GateEventMapper mapper = session.getMapper(GateEventMapper.class);
        GeneratedKey key = new GeneratedKey();
        mapper.insert(event, key);
        if (event.personId() != null && event.direction() != null) {
            String area = area(mapper, event.cameraId());
            if (area.isEmpty()) {
                mapper.upsertPresence(event, key.getValue());
            } else {
                mapper.upsertAreaPresence(event, key.getValue(), area);
            }
        }
        GateEvent stored = event.withId(key.getValue());
        OutboxRows.write(session, stored, planner);
        return stored;
    }

    /** The area a camera's gate leads into; empty for the site (no gate, or a gate without an area). */
    private static String area(GateEventMapper mapper, String cameraId) {
        String area = cameraId == null ? null : mapper.areaOfCamera(cameraId);
        return area == null ? "" : area;
    }

    @Override
    public Optional<GateEvent> recordMovement(long personId, String cameraId, Function<PresenceState, Optional<GateEvent>> decide) {
        // The row is created in a transaction of its own: on MySQL, INSERT IGNORE leaves a shared lock on an
        // existing row, and two stations each holding one while asking for the exclusive lock would deadlock.
        String area = database.write(session -> {
            GateEventMapper mapper = session.getMapper(GateEventMapper.class);
            String of = area(mapper, cameraId);
            if (of.isEmpty()) {
                mapper.ensurePresence(personId);
            } else {
                mapper.ensureAreaPresence(personId, of);
            }
            return of;
        });
        return database.write(session -> {
            GateEventMapper mapper = session.getMapper(GateEventMapper.class);
            Optional<GateEvent> event = decide.apply(area.isEmpty() ? mapper.lockPresence(personId) : mapper.lockAreaPresence(personId, area));
            event.ifPresent(e -> {
                if (e.personId() == null || e.personId() != personId || e.direction() == null || !cameraId.equals(e.cameraId())) {
                    throw new IllegalArgumentException("A movement of person " + personId + " at camera " + cameraId
                            + " needs that person, that camera and a direction: " + e);
                }
            });
            return event.map(e -> insert(session, e));
        });
    }

    @Override
    public GateEvent recordJournaled(UUID key, GateEvent event, byte[] snapshotJpeg) {
        boolean movement = event.personId() != null && event.direction() != null;
        String area = !movement ? "" : database.write(session -> {
            GateEventMapper mapper = session.getMapper(GateEventMapper.class);
            String of = area(mapper, event.cameraId());
            if (of.isEmpty()) {
                mapper.ensurePresence(event.personId());
            } else {
                mapper.ensureAreaPresence(event.personId(), of);
            }
            return of;
        });
        return database.write(session -> {
            GateEventMapper mapper = session.getMapper(GateEventMapper.class);
            Long stored = mapper.idByJournalKey(key.toString());
            if (stored != null) {
                return event.withId(stored);
            }
            GeneratedKey id = new GeneratedKey();
            mapper.insertJournaled(event, key.toString(), id);
            if (movement && area.isEmpty()) {
                mapper.advancePresence(event, id.getValue());
            } else if (movement) {
                mapper.advanceAreaPresence(event, id.getValue(), area);
            }
            if (snapshotJpeg != null) {
                mapper.insertSnapshot(id.getValue(), snapshotJpeg);
            }
            GateEvent journaled = event.withId(id.getValue());
            // notified like any other event, once: a replay of an already stored entry returned above
            OutboxRows.write(session, journaled, planner);
            return journaled;
        });
    }

    @Override
    public List<GateEvent> recordRuleAlerts(PresenceRule rule, LocalDate day, Function<PresenceState, Optional<GateEvent>> alert) {
        return database.write(session -> {
            GateEventMapper mapper = session.getMapper(GateEventMapper.class);
            if (mapper.lockPresenceRule(rule.id()) == null) {
                return List.of();
            }
            List<GateEvent> stored = new ArrayList<>();
            for (PresenceState candidate : mapper.ruleCandidates(rule.id(), day, rule.category().name())) {
                alert.apply(candidate).ifPresent(event -> {
                    if (event.personId() == null || event.personId() != candidate.personId() || event.direction() != null) {
                        throw new IllegalArgumentException("A rule's alert names its person and moves nobody: " + event);
                    }
                    GateEvent raised = insert(session, event);
                    mapper.insertRuleAlert(rule.id(), day, candidate.personId(), raised.id());
                    stored.add(raised);
                });
            }
            return stored;
        });
    }

    @Override
    public List<EventLogEntry> log(EventLogQuery query) {
        return database.read(session -> session.getMapper(GateEventMapper.class).log(LikePattern.contains(query.nameFilter()),
                query.sort().name(), query.ascending(), query.offset(), query.limit()));
    }

    @Override
    public int count(EventLogQuery query) {
        return database.read(session -> session.getMapper(GateEventMapper.class).count(LikePattern.contains(query.nameFilter())));
    }

    @Override
    public Optional<GateEvent> find(long eventId) {
        return Optional.ofNullable(database.read(session -> session.getMapper(GateEventMapper.class).find(eventId)));
    }

    @Override
    public long latestId() {
        Long latest = database.read(session -> session.getMapper(GateEventMapper.class).latestId());
        return latest == null ? 0 : latest;
    }
}
