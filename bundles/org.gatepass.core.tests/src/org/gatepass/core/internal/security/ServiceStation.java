package org.gatepass.core.internal.security;

import java.time.Instant;

import org.gatepass.core.access.AccessService;
import org.gatepass.core.alert.AlertDesk;
import org.gatepass.core.audit.AuditService;
import org.gatepass.core.event.AlertService;
import org.gatepass.core.event.EventLogService;
import org.gatepass.core.importing.PersonImportService;
import org.gatepass.core.internal.DefaultAccessService;
import org.gatepass.core.internal.DefaultAlertDesk;
import org.gatepass.core.internal.DefaultAlertService;
import org.gatepass.core.internal.DefaultEventLogService;
import org.gatepass.core.internal.DefaultNotificationService;
import org.gatepass.core.internal.DefaultPassService;
import org.gatepass.core.internal.DefaultPersonImportService;
import org.gatepass.core.internal.DefaultPersonService;
import org.gatepass.core.internal.DefaultPresenceService;
import org.gatepass.core.internal.DefaultReportService;
import org.gatepass.core.internal.audit.DefaultAuditService;
import org.gatepass.core.internal.settings.DefaultSettingsService;
import org.gatepass.core.notify.NotificationService;
import org.gatepass.core.pass.PassService;
import org.gatepass.core.person.PersonService;
import org.gatepass.core.presence.PresenceService;
import org.gatepass.core.report.ReportService;
import org.gatepass.core.secret.SecretStore;
import org.gatepass.core.settings.SettingsService;
import org.gatepass.persistence.testing.StationStorage;
import org.gatepass.sheets.SheetReader;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The services of one workstation over its own connection pool, wired as Declarative Services would wire them,
 * with a clock the test controls. Settings use the framework's real Configuration Admin and secret store.
 */
final class ServiceStation implements AutoCloseable {
    final StationStorage storage;
    final TestClock clock = new TestClock(Instant.parse("2026-12-01T08:00:00Z"));
    final OperatorSessions sessions;
    final DefaultOperatorService operators;
    final PersonService persons;
    final EventLogService eventLog;
    final AlertService alerts;
    final PresenceService presence;
    final AlertDesk desk;
    final NotificationService notifications;
    final SettingsService settings;
    final AuditService audit;
    final SecretStore secrets = service(SecretStore.class);
    final PassService passes;
    final PersonImportService imports;
    final ReportService reports;
    final AccessService access;
    final SheetReader sheets = service(SheetReader.class);

    ServiceStation(StationStorage storage) {
        this.storage = storage;
        sessions = new OperatorSessions(storage.operators(), clock);
        operators = new DefaultOperatorService(storage.operators(), sessions, storage.audit(), storage.transactions(),
                OperatorsSettings.cheap(), clock);
        persons = new DefaultPersonService(storage.persons(), sessions, storage.audit(), storage.transactions());
        eventLog = new DefaultEventLogService(storage.events(), sessions);
        desk = new DefaultAlertDesk(storage.events(), storage.alerts(), sessions, storage.audit(), storage.transactions());
        alerts = new DefaultAlertService(desk, storage.alerts(), sessions);
        presence = new DefaultPresenceService(storage.presence(), storage.events(), storage.persons(), sessions, storage.audit());
        notifications = new DefaultNotificationService(storage.outbox(), sessions, storage.audit(), storage.transactions());
        settings = new DefaultSettingsService(service(ConfigurationAdmin.class), service(SecretStore.class), sessions, storage.audit(),
                storage.transactions());
        audit = new DefaultAuditService(storage.audit(), sessions);
        reports = new DefaultReportService(storage.reports(), sessions, storage.access());
        imports = new DefaultPersonImportService(storage.persons(), storage.passes(), secrets, sessions, storage.audit(), storage.transactions());
        passes = new DefaultPassService(storage.passes(), storage.persons(), secrets, sessions, storage.audit(), storage.transactions());
        access = new DefaultAccessService(storage.access(), storage.persons(), sessions, storage.audit(), storage.transactions());
    }

    private static <S> S service(Class<S> type) {
        BundleContext context = FrameworkUtil.getBundle(ServiceStation.class).getBundleContext();
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            var reference = context.getServiceReference(type);
            if (reference != null) {
                return context.getService(reference);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("No " + type.getSimpleName() + " service within 10 s");
    }

    @Override
    public void close() {
        storage.close();
    }
}
