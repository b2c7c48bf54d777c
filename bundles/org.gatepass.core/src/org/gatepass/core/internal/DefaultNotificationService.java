package org.gatepass.core.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.gatepass.core.audit.AuditAction;
import org.gatepass.core.audit.AuditRecord;
import org.gatepass.core.audit.AuditValues;
import org.gatepass.core.notify.NotificationService;
import org.gatepass.core.notify.OutboxEntry;
import org.gatepass.core.notify.OutboxStatus;
import org.gatepass.core.security.AccessControl;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;
import org.gatepass.core.storage.AuditTrail;
import org.gatepass.core.storage.NotificationOutbox;
import org.gatepass.core.storage.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = NotificationService.class)
public final class DefaultNotificationService implements NotificationService {
    private final NotificationOutbox outbox;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Transactions transactions;

    @Activate
    public DefaultNotificationService(@Reference NotificationOutbox outbox, @Reference AccessControl access, @Reference AuditTrail audit,
            @Reference Transactions transactions) {
        this.outbox = outbox;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public Map<OutboxStatus, Integer> counts(Actor actor) {
        access.require(actor, Permission.VIEW_NOTIFICATIONS);
        return outbox.counts();
    }

    @Override
    public List<OutboxEntry> recent(Actor actor, int limit) {
        access.require(actor, Permission.VIEW_NOTIFICATIONS);
        return outbox.recent(limit);
    }

    @Override
    public int resendFailed(Actor actor) {
        access.require(actor, Permission.RESEND_NOTIFICATIONS);
        return transactions.inTransaction(() -> {
            int resent = outbox.retryAllFailed(Instant.now());
            audit.append(new AuditRecord(actor, AuditAction.NOTIFICATION_RESEND, "failed notifications", "",
                    AuditValues.of(Map.of("madePending", resent))));
            return resent;
        });
    }
}
