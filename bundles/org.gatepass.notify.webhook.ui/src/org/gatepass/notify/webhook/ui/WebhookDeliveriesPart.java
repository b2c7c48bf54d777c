package org.gatepass.notify.webhook.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.gatepass.core.notify.NotificationService;
import org.gatepass.core.notify.OutboxEntry;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;
import org.gatepass.gate.GateProperties;
import org.gatepass.ui.internal.Background;
import org.gatepass.ui.internal.Buttons;
import org.gatepass.ui.internal.MessageLine;
import org.gatepass.ui.internal.Tables;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The webhook feature's own view, contributed by its model fragment: the outbox rows of the webhook endpoints (notifiers
 * named {@value #WEBHOOKS}…), newest first, with the last error; "Send failed again". Reloads when this station's gate
 * stores an event (a delivery follows it) and on Refresh.
 */
public final class WebhookDeliveriesPart {
    /** The prefix of every webhook notifier's name: {@code webhook.<instance>}. */
    static final String WEBHOOKS = "webhook.";
    private static final int ROWS = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd MMM HH:mm:ss", Locale.ROOT);

    private final NotificationService notifications;
    private final ZoneId zone = ZoneId.systemDefault();
    @Inject
    private Actor actor;
    private TableViewer table;
    private Button resend;
    private MessageLine message;

    @Inject
    public WebhookDeliveriesPart(NotificationService notifications) {
        this.notifications = notifications;
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bar);
        Buttons.push(bar, "Refresh", "webhooks.refresh", this::reload);
        resend = Buttons.push(bar, "Send failed again", "webhooks.resend", this::resendFailed);
        message = new MessageLine(parent, "webhooks.message");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message.control());
        table = Tables.create(parent, "webhooks.table");
        Tables.column(table, OutboxEntry.class, "Created", 130, e -> TIME.format(e.createdAt().atZone(zone)));
        Tables.column(table, OutboxEntry.class, "Endpoint", 180, e -> e.notifier().substring(WEBHOOKS.length()));
        Tables.column(table, OutboxEntry.class, "Event", 70, e -> Long.toString(e.eventId()));
        Tables.column(table, OutboxEntry.class, "Status", 90, e -> e.status().name().toLowerCase(Locale.ROOT));
        Tables.column(table, OutboxEntry.class, "Attempts", 70, e -> Integer.toString(e.attempts()));
        Tables.column(table, OutboxEntry.class, "Last error", 380, OutboxEntry::lastError);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        resend.setVisible(actor.can(Permission.RESEND_NOTIFICATIONS));
        reload();
    }

    /** A stored event brings deliveries with it. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void eventRecorded(@UIEventTopic(GateProperties.EVENT_TOPIC) Event event) {
        if (table != null && !table.getControl().isDisposed()) {
            reload();
        }
    }

    @Focus
    void focus() {
        table.getControl().setFocus();
    }

    private void reload() {
        Actor acting = actor;
        Background.run("Reading webhook deliveries", table.getControl(), () -> webhooks(notifications.recent(acting, ROWS)),
                rows -> table.setInput(rows), failure -> message.error("Not updated: " + failure.getMessage()));
    }

    static List<OutboxEntry> webhooks(List<OutboxEntry> rows) {
        return rows.stream().filter(row -> row.notifier().startsWith(WEBHOOKS)).toList();
    }

    private void resendFailed() {
        Actor acting = actor;
        Background.run("Sending failed notifications again", table.getControl(), () -> notifications.resendFailed(acting), count -> {
            message.info(count + (count == 1 ? " notification is" : " notifications are") + " being sent again.");
            reload();
        }, failure -> message.error(failure.getMessage()));
    }
}
