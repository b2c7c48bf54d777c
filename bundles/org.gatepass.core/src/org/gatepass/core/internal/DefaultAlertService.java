package org.gatepass.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.gatepass.core.audit.AuditAction;
import org.gatepass.core.audit.AuditRecord;
import org.gatepass.core.audit.AuditValues;
import org.gatepass.core.event.AlertAcknowledgement;
import org.gatepass.core.event.AlertService;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.security.AccessControl;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;
import org.gatepass.core.storage.AlertRepository;
import org.gatepass.core.storage.AuditTrail;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.core.storage.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = AlertService.class)
public final class DefaultAlertService implements AlertService {
    private final GateEventRepository events;
    private final AlertRepository alerts;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public DefaultAlertService(@Reference GateEventRepository events, @Reference AlertRepository alerts, @Reference AccessControl access,
            @Reference AuditTrail audit, @Reference Transactions transactions) {
        this.events = events;
        this.alerts = alerts;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public AlertAcknowledgement acknowledge(Actor actor, long eventId, String note) {
        access.require(actor, Permission.ACKNOWLEDGE_ALERTS);
        GateEvent event = events.find(eventId).orElseThrow(() -> new IllegalArgumentException("Event " + eventId + " does not exist."));
        if (!event.decision().isAlert()) {
            throw new IllegalArgumentException("Event " + eventId + " is not an alert.");
        }
        String text = note == null ? "" : note.strip();
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            if (alerts.acknowledge(eventId, actor.operatorId(), actor.username(), now, text)) {
                audit.append(new AuditRecord(actor, AuditAction.ALERT_ACKNOWLEDGE,
                        "alert " + eventId + " (" + event.decision().label() + ", camera " + event.cameraId() + ")", "",
                        AuditValues.of(Map.of("note", text))));
            }
            return alerts.acknowledgement(eventId).orElseThrow();
        });
    }

    @Override
    public Optional<AlertAcknowledgement> acknowledgement(Actor actor, long eventId) {
        access.require(actor, Permission.VIEW_LOG);
        return alerts.acknowledgement(eventId);
    }
}
