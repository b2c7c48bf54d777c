package org.gatepass.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gatepass.core.alert.AlertEntry;
import org.gatepass.core.event.AlertAcknowledgement;
import org.gatepass.core.storage.AlertRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = AlertRepository.class)
public final class MyBatisAlertRepository implements AlertRepository {
    private final Database database;

    @Activate
    public MyBatisAlertRepository(@Reference Database database) {
        this.database = database;
    }

    @Override
    public boolean acknowledge(long eventId, long operatorId, String operatorName, Instant at, String note) {
        return database.write(session -> {
            AlertMapper mapper = session.getMapper(AlertMapper.class);
            return mapper.lockEvent(eventId) != null && mapper.acknowledge(eventId, operatorId, operatorName, at, note) == 1;
        });
    }

    @Override
    public List<AlertEntry> desk(Instant since, boolean withResolved, int limit) {
        return database.read(session -> session.getMapper(AlertMapper.class).desk(since, withResolved, limit)).stream()
                .map(AlertRow::entry).toList();
    }

    @Override
    public boolean resolve(long eventId, long operatorId, String operatorName, Instant at, String comment) {
        return database.write(session -> {
            AlertMapper mapper = session.getMapper(AlertMapper.class);
            if (mapper.lockEvent(eventId) == null) {
                return false;
            }
            mapper.acknowledge(eventId, operatorId, operatorName, at, "");
            return mapper.resolve(eventId, operatorName, at, comment) == 1;
        });
    }

    @Override
    public Optional<AlertAcknowledgement> acknowledgement(long eventId) {
        return Optional.ofNullable(database.read(session -> session.getMapper(AlertMapper.class).find(eventId)));
    }
}
