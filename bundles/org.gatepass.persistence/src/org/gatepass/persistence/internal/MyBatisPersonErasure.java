package org.gatepass.persistence.internal;

import org.gatepass.core.storage.PersonErasure;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PersonErasure.class)
public final class MyBatisPersonErasure implements PersonErasure {
    private final Database database;

    @Activate
    public MyBatisPersonErasure(@Reference Database database) {
        this.database = database;
    }

    @Override
    public Erased erase(long personId) {
        return database.write(session -> {
            ErasureMapper sql = session.getMapper(ErasureMapper.class);
            if (sql.exists(personId) == 0) {
                throw new IllegalArgumentException("No person has the id " + personId);
            }
            int templates = sql.templates(personId);
            int pictures = sql.pictures(personId);
            int notifications = sql.notifications(personId);
            int passes = sql.passes(personId);
            int consents = sql.consents(personId);
            sql.presence(personId);
            sql.areaPresence(personId);
            sql.levels(personId);
            sql.ruleAlerts(personId);
            sql.unlinkStrangers(personId);
            sql.strangers(personId);
            int events = sql.anonymiseEvents(personId);
            sql.person(personId);
            return new Erased(templates, pictures, notifications, passes, consents, events);
        });
    }
}
