package org.gatepass.persistence.internal;

import java.util.List;

import org.gatepass.core.presence.PresenceEntry;
import org.gatepass.core.storage.PresenceRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PresenceRepository.class)
public final class MyBatisPresenceRepository implements PresenceRepository {
    private final Database database;

    @Activate
    public MyBatisPresenceRepository(@Reference Database database) {
        this.database = database;
    }

    @Override
    public List<PresenceEntry> inside(String area) {
        return database.read(session -> area.isEmpty() ? session.getMapper(PresenceMapper.class).inside()
                : session.getMapper(PresenceMapper.class).insideArea(area));
    }

    @Override
    public List<String> areas() {
        return database.read(session -> session.getMapper(PresenceMapper.class).areas());
    }
}
