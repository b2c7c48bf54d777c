package org.gatepass.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.gatepass.core.alert.AlertDesk;
import org.gatepass.core.alert.AlertEntry;
import org.gatepass.core.audit.AuditAction;
import org.gatepass.core.audit.AuditRecord;
import org.gatepass.core.audit.AuditValues;
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

@Component(service = AlertDesk.class)
public final class DefaultAlertDesk implements AlertDesk {
    private static final int MAX_COMMENT = 1000;
    private static final int MAX_LIMIT = 5000;

    private final GateEventRepository events;
    private final AlertRepository alerts;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public DefaultAlertDesk(@Reference GateEventRepository events, @Reference AlertRepository alerts, @Reference AccessControl access,
            @Reference AuditTrail audit, @Reference Transactions transactions) {
        this.events = events;
        this.alerts = alerts;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public List<AlertEntry> alerts(Actor actor, Instant since, boolean withResolved, int limit) {
        access.require(actor, Permission.ACKNOWLEDGE_ALERTS);
        return alerts.desk(since, withResolved, Math.max(1, Math.min(limit, MAX_LIMIT)));
    }

    @Override
    public int acknowledge(Actor actor, List<Long> eventIds, String comment) {
        access.require(actor, Permission.ACKNOWLEDGE_ALERTS);
        String text = checked(comment, false);
        return handle(eventIds, event -> {
            if (!alerts.acknowledge(event.id(), actor.operatorId(), actor.username(), clock.instant(), text)) {
                return false;
            }
            audit.append(new AuditRecord(actor, AuditAction.ALERT_ACKNOWLEDGE, subject(event), "", AuditValues.of(Map.of("note", text))));
            return true;
        });
    }

    @Override
    public int resolve(Actor actor, List<Long> eventIds, String comment) {
        access.require(actor, Permission.ACKNOWLEDGE_ALERTS);
        String text = checked(comment, true);
        return handle(eventIds, event -> {
            if (!alerts.resolve(event.id(), actor.operatorId(), actor.username(), clock.instant(), text)) {
                return false;
            }
            audit.append(new AuditRecord(actor, AuditAction.ALERT_RESOLVE, subject(event), "", AuditValues.of(Map.of("resolution", text))));
            return true;
        });
    }

    /** Each alert in a transaction of its own with its audit row: one gone alert does not undo the others. */
    private int handle(List<Long> eventIds, java.util.function.Predicate<GateEvent> change) {
        int changed = 0;
        for (long eventId : eventIds) {
            GateEvent event = events.find(eventId).orElseThrow(() -> new IllegalArgumentException("Event " + eventId + " does not exist."));
            if (!event.decision().isAlert()) {
                throw new IllegalArgumentException("Event " + eventId + " is not an alert.");
            }
            if (transactions.inTransaction(() -> change.test(event))) {
                changed++;
            }
        }
        return changed;
    }

    private static String checked(String comment, boolean required) {
        String text = comment == null ? "" : comment.strip();
        if (required && text.isEmpty()) {
            throw new IllegalArgumentException("Say how the alert was resolved.");
        }
        if (text.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("A comment is at most " + MAX_COMMENT + " characters long.");
        }
        return text;
    }

    private static String subject(GateEvent event) {
        return "alert " + event.id() + " (" + event.decision().label() + ", camera " + event.cameraId() + ")";
    }
}
