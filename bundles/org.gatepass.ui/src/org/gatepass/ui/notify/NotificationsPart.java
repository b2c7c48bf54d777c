package org.gatepass.ui.notify;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.gatepass.core.notify.NotificationService;
import org.gatepass.core.notify.OutboxEntry;
import org.gatepass.core.notify.OutboxStatus;
import org.gatepass.core.security.Actor;
import org.gatepass.ui.internal.Background;
import org.gatepass.ui.internal.MessageLine;
import org.gatepass.ui.internal.TestIds;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Administration: what became of the notifications (e-mails, webhooks) of recent gate events: how many wait,
 * were delivered or were given up, the newest ones with their last error, and sending the given-up ones again
 * once the cause is fixed. Refreshed every few seconds while open; the outbox is read off the UI thread.
 */
public final class NotificationsPart {
    static final int ROWS = 200;
    static final int REFRESH_MS = 5000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final NotificationService outbox;
    @Inject
    private Actor actor;
    private Label counts;
    private TableViewer table;
    private MessageLine message;

    @Inject
    public NotificationsPart(@Optional NotificationService outbox) {
        this.outbox = outbox;
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        counts = TestIds.name(new Label(bar, SWT.NONE), "notifications.counts");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(counts);
        Button refresh = TestIds.name(new Button(bar, SWT.PUSH), "notifications.refresh");
        refresh.setText("Refresh");
        refresh.addListener(SWT.Selection, e -> load());
        Button retry = TestIds.name(new Button(bar, SWT.PUSH), "notifications.retryFailed");
        retry.setText("Send failed again");
        retry.setToolTipText("Once the cause is fixed (address, password, server): every given-up notification is tried again");
        retry.addListener(SWT.Selection, e -> retryFailed());

        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        TestIds.name(table.getTable(), "notifications.table");
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("Written", 150, e -> TIME.format(e.createdAt()));
        column("About", 80, e -> e.passId() != null ? "pass " + e.passId() : "event " + e.eventId());
        column("Notifier", 110, OutboxEntry::notifier);
        column("To", 220, e -> e.address() + " (" + e.role().name().toLowerCase(Locale.ROOT) + ")");
        column("Status", 90, e -> e.status().name().toLowerCase(Locale.ROOT));
        column("Attempts", 70, e -> Integer.toString(e.attempts()));
        column("Next attempt", 150, e -> e.status() == OutboxStatus.PENDING && e.nextAttemptAt() != null ? TIME.format(e.nextAttemptAt()) : "");
        column("Last error", 400, e -> e.lastError() == null ? "" : e.lastError());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        message = new MessageLine(parent, "notifications.message");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message.control());

        if (outbox == null) {
            message.error("Notifications are not available: see the log for why.");
            return;
        }
        load();
        scheduleRefresh();
    }

    @Focus
    void focus() {
        table.getControl().setFocus();
    }

    private void column(String title, int width, Function<OutboxEntry, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((OutboxEntry) element);
            }
        });
    }

    private void scheduleRefresh() {
        table.getControl().getDisplay().timerExec(REFRESH_MS, () -> {
            if (!table.getControl().isDisposed()) {
                if (table.getControl().isVisible()) {
                    load();
                }
                scheduleRefresh();
            }
        });
    }

    private void load() {
        Actor acting = actor;
        Background.run("Reading notifications", table.getControl(), () -> new Snapshot(outbox.counts(acting), outbox.recent(acting, ROWS)), snapshot -> {
            counts.setText(summary(snapshot.counts()));
            counts.getParent().layout();
            table.setInput(snapshot.rows());
        }, e -> message.error(e.getMessage()));
    }

    private void retryFailed() {
        Actor acting = actor;
        Background.run("Retrying notifications", table.getControl(), () -> outbox.resendFailed(acting), retried -> {
            message.info(retried == 0 ? "No notification was given up." : retried + (retried == 1 ? " notification is" : " notifications are")
                    + " being sent again.");
            load();
        }, e -> message.error(e.getMessage()));
    }

    static String summary(Map<OutboxStatus, Integer> counts) {
        StringBuilder text = new StringBuilder();
        for (OutboxStatus status : OutboxStatus.values()) {
            if (!text.isEmpty()) {
                text.append(" · ");
            }
            text.append(status.name().charAt(0)).append(status.name().substring(1).toLowerCase(Locale.ROOT)).append(' ')
                    .append(counts.getOrDefault(status, 0));
        }
        return text.toString();
    }

    private record Snapshot(Map<OutboxStatus, Integer> counts, List<OutboxEntry> rows) {
    }
}
