package org.gatepass.core.internal;

import java.util.List;
import java.util.Optional;

import org.gatepass.core.alert.AlertDesk;
import org.gatepass.core.event.AlertAcknowledgement;
import org.gatepass.core.event.AlertService;
import org.gatepass.core.security.AccessControl;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;
import org.gatepass.core.storage.AlertRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** One alert at a time: acknowledging goes through the alerts desk, which checks, stores and audits it. */
@Component(service = AlertService.class)
public final class DefaultAlertService implements AlertService {
    private final AlertDesk desk;
    private final AlertRepository alerts;
    private final AccessControl access;

    @Activate
    public DefaultAlertService(@Reference AlertDesk desk, @Reference AlertRepository alerts, @Reference AccessControl access) {
        this.desk = desk;
        this.alerts = alerts;
        this.access = access;
    }

    @Override
    public AlertAcknowledgement acknowledge(Actor actor, long eventId, String note) {
        desk.acknowledge(actor, List.of(eventId), note);
        return alerts.acknowledgement(eventId).orElseThrow();
    }

    @Override
    public Optional<AlertAcknowledgement> acknowledgement(Actor actor, long eventId) {
        access.require(actor, Permission.VIEW_LOG);
        return alerts.acknowledgement(eventId);
    }
}
