package org.gatepass.persistence.internal;

import java.time.Instant;
import java.util.Optional;

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
    public Optional<AlertAcknowledgement> acknowledgement(long eventId) {
        return Optional.ofNullable(database.read(session -> session.getMapper(AlertMapper.class).find(eventId)));
    }
}
