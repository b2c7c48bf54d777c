package org.gatepass.ui.log;

import java.text.NumberFormat;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.event.EventLogQuery;
import org.gatepass.core.event.EventLogService;
import org.gatepass.core.security.Actor;
import org.gatepass.gate.GateProperties;
import org.gatepass.ui.internal.Background;
import org.gatepass.ui.internal.MessageLine;
import org.gatepass.ui.internal.TestIds;
import org.gatepass.ui.internal.TypingDelay;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Control room: every gate event, newest first, filtered by name as the operator types. This station's events
 * arrive by the event broker as the gate stores them; events of other stations sharing the database are noticed
 * by asking for the newest event id every few seconds.
 */
public final class AttendanceLogPart {
    static final int OTHER_STATIONS_POLL_MS = 5000;

    private final EventLogService events;
    /** The signed-in operator, re-injected when another one signs in. */
    @Inject
    private Actor actor;
    private Text search;
    private Label status;
    private MessageLine problem;
    private NatTable table;
    private EventLogPages pages;
    private EventLogSortModel sortModel;
    private long shownLatestId = -1;
    private boolean reloading;
    private boolean reloadAgain;
    /** A poll still waiting for a slow database is not followed by another one. */
    private boolean polling;

    @Inject
    public AttendanceLogPart(EventLogService events) {
        this.events = events;
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        search = TestIds.name(new Text(top, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "log.search");
        search.setMessage("Filter by name");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        Button refresh = TestIds.name(new Button(top, SWT.PUSH), "log.refresh");
        refresh.setText("Refresh");
        refresh.addListener(SWT.Selection, e -> reload());
        status = TestIds.name(new Label(top, SWT.NONE), "log.status");
        GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(status);
        problem = new MessageLine(parent, "log.message");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(problem.control());

        sortModel = new EventLogSortModel(model -> reload());
        Composite tableHolder = new Composite(parent, SWT.NONE);
        tableHolder.setLayout(new FillLayout());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tableHolder);
        pages = new EventLogPages(events, () -> actor, tableHolder, () -> table.redraw());
        table = TestIds.name(EventLogTable.create(tableHolder, pages, sortModel), "log.table");

        TypingDelay.onPause(search, this::reload);
        reload();
        pollForNewEvents();
    }

    /** The gate of this station stored an event. */
    @Inject
    @Optional
    void eventRecorded(@UIEventTopic(GateProperties.EVENT_TOPIC) Event event) {
        if (table != null && !table.isDisposed()) {
            reload();
        }
    }

    /** e4 calls this when the part is activated: the operator can type at once. */
    @Focus
    void focus() {
        search.setFocus();
    }

    /** Rows currently known to the table, for tests and for code that follows the operator's view. */
    EventLogPages pages() {
        return pages;
    }

    private void reload() {
        if (reloading) {
            reloadAgain = true;
            return;
        }
        reloading = true;
        EventLogQuery query = new EventLogQuery(search.getText(), sortModel.sort(), sortModel.ascending(), 0, EventLogPages.PAGE_SIZE);
        Actor acting = actor;
        Background.run("Loading attendance log", table, () -> Snapshot.take(events, acting, query), this::show, this::showFailure);
    }

    private void show(Snapshot snapshot) {
        pages.reset(snapshot.query, snapshot.count, snapshot.firstPage);
        shownLatestId = snapshot.latestId;
        status.setText(NumberFormat.getIntegerInstance().format(snapshot.count) + (snapshot.count == 1 ? " event" : " events"));
        problem.clear();
        table.refresh();
        finishReload();
    }

    private void showFailure(RuntimeException e) {
        problem.error("Not updated: " + e.getMessage());
        finishReload();
    }

    private void finishReload() {
        reloading = false;
        if (reloadAgain) {
            reloadAgain = false;
            reload();
        }
    }

    private void pollForNewEvents() {
        table.getDisplay().timerExec(OTHER_STATIONS_POLL_MS, () -> {
            if (table.isDisposed()) {
                return;
            }
            if (!reloading && !polling) {
                polling = true;
                Actor acting = actor;
                Background.run("Checking for new gate events", table, () -> events.latestId(acting), latest -> {
                    polling = false;
                    if (latest != shownLatestId) {
                        reload();
                    } else {
                        problem.clear(); // the database answers again and what is shown is current
                    }
                }, e -> {
                    polling = false;
                    problem.error("Not updated: " + e.getMessage());
                });
            }
            pollForNewEvents();
        });
    }

    /** What one reload fetched, in one background call. */
    private record Snapshot(EventLogQuery query, int count, List<EventLogEntry> firstPage, long latestId) {
        static Snapshot take(EventLogService events, Actor actor, EventLogQuery query) {
            long latest = events.latestId(actor);
            return new Snapshot(query, events.count(actor, query), events.log(actor, query), latest);
        }
    }
}
