package org.gatepass.core.internal;

import java.util.List;
import java.util.Optional;

import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.event.EventLogQuery;
import org.gatepass.core.event.EventLogService;
import org.gatepass.core.security.AccessControl;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;
import org.gatepass.core.storage.GateEventRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = EventLogService.class)
public final class DefaultEventLogService implements EventLogService {
    private final GateEventRepository events;
    private final AccessControl access;

    @Activate
    public DefaultEventLogService(@Reference GateEventRepository events, @Reference AccessControl access) {
        this.events = events;
        this.access = access;
    }

    @Override
    public List<EventLogEntry> log(Actor actor, EventLogQuery query) {
        access.require(actor, Permission.VIEW_LOG);
        return events.log(query);
    }

    @Override
    public int count(Actor actor, EventLogQuery query) {
        access.require(actor, Permission.VIEW_LOG);
        return events.count(query);
    }

    @Override
    public long latestId(Actor actor) {
        access.require(actor, Permission.VIEW_LOG);
        return events.latestId();
    }

    @Override
    public Optional<byte[]> snapshot(Actor actor, long eventId) {
        access.require(actor, Permission.VIEW_LOG);
        return events.snapshot(eventId);
    }
}
