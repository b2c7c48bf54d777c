package org.gatepass.core.internal.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.gatepass.core.audit.AuditEntry;
import org.gatepass.core.audit.AuditQuery;
import org.gatepass.core.audit.AuditService;
import org.gatepass.core.audit.ChainVerification;
import org.gatepass.core.security.AccessControl;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;
import org.gatepass.core.storage.AuditTrail;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = AuditService.class)
public final class DefaultAuditService implements AuditService {
    private static final int EXPORT_PAGE = 1000;

    private final AuditTrail trail;
    private final AccessControl access;

    @Activate
    public DefaultAuditService(@Reference AuditTrail trail, @Reference AccessControl access) {
        this.trail = trail;
        this.access = access;
    }

    @Override
    public List<AuditEntry> find(Actor actor, AuditQuery query) {
        access.require(actor, Permission.VIEW_AUDIT);
        return trail.find(query);
    }

    @Override
    public int count(Actor actor, AuditQuery query) {
        access.require(actor, Permission.VIEW_AUDIT);
        return trail.count(query);
    }

    @Override
    public ChainVerification verify(Actor actor) {
        access.require(actor, Permission.VIEW_AUDIT);
        return trail.verify();
    }

    @Override
    public void exportCsv(Actor actor, AuditQuery query, Writer out) throws IOException {
        access.require(actor, Permission.VIEW_AUDIT);
        AuditCsv csv = new AuditCsv(out);
        csv.header();
        for (int offset = 0;; offset += EXPORT_PAGE) {
            List<AuditEntry> page = trail.find(new AuditQuery(query.operator(), query.action(), query.from(), query.to(), offset, EXPORT_PAGE));
            for (AuditEntry entry : page) {
                csv.row(entry);
            }
            if (page.size() < EXPORT_PAGE) {
                break;
            }
        }
        out.flush();
    }
}
