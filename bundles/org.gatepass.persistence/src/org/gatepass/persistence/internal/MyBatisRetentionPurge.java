package org.gatepass.persistence.internal;

import java.time.Instant;

import org.gatepass.core.event.Decision;
import org.gatepass.core.storage.RetentionPurge;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = RetentionPurge.class)
public final class MyBatisRetentionPurge implements RetentionPurge {
    private final Database database;

    @Activate
    public MyBatisRetentionPurge(@Reference Database database) {
        this.database = database;
    }

    @Override
    public Purged purge(Instant eventsBefore, Instant picturesBefore, Instant unknownFacesBefore, Instant deliveredBefore) {
        return database.write(session -> {
            RetentionMapper sql = session.getMapper(RetentionMapper.class);
            int notifications = deliveredBefore == null ? 0 : sql.delivered(deliveredBefore);
            int pictures = picturesBefore == null ? 0 : sql.pictures(picturesBefore, null);
            int unknownFaces = 0;
            int strangers = 0;
            if (unknownFacesBefore != null) {
                pictures += sql.pictures(unknownFacesBefore, Decision.UNKNOWN_FACE);
                notifications += sql.notificationsOfEvents(unknownFacesBefore, Decision.UNKNOWN_FACE);
                unknownFaces = sql.events(unknownFacesBefore, Decision.UNKNOWN_FACE);
                strangers = sql.strangers(unknownFacesBefore);
            }
            int events = 0;
            if (eventsBefore != null) {
                pictures += sql.pictures(eventsBefore, null);
                notifications += sql.notificationsOfEvents(eventsBefore, null);
                events = sql.events(eventsBefore, null);
                strangers += sql.strangers(eventsBefore);
            }
            return new Purged(events, pictures, unknownFaces, strangers, notifications);
        });
    }
}
