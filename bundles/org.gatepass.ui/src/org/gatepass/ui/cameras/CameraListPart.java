package org.gatepass.ui.cameras;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.gatepass.core.camera.CameraPreview;
import org.gatepass.core.camera.CameraSource;
import org.gatepass.core.camera.CameraStatus;
import org.gatepass.core.camera.CameraViewer;
import org.gatepass.core.camera.Frame;
import org.gatepass.gate.GateMonitor;
import org.gatepass.ui.internal.Background;
import org.gatepass.ui.internal.Buttons;
import org.gatepass.ui.internal.MessageLine;
import org.gatepass.ui.internal.Tables;
import org.gatepass.ui.internal.TestIds;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The station's cameras as a list, each with its state as it changes: open one on the wall, detach it to a window
 * of its own, or lay the wall out as 1, 2 × 2 or 3 × 3. Also tells the operator about events kept in the journal
 * while the database is away.
 */
public final class CameraListPart {
    /** The journal is a folder listing, read off the UI thread: once a second is soon enough to tell the operator. */
    static final int JOURNAL_REFRESH_MS = 1000;

    private final CameraWall wall;
    private final EPartService parts;
    private final GateMonitor monitor;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private TableViewer viewer;
    private Table table;
    private MessageLine journal;
    private Display display;
    private ServiceTracker<CameraSource, Row> tracker;

    @Inject
    public CameraListPart(MApplication application, EModelService models, EPartService parts, @Optional GateMonitor monitor) {
        this.wall = new CameraWall(application, models);
        this.parts = parts;
        this.monitor = monitor;
    }

    @PostConstruct
    void create(Composite parent) {
        display = parent.getDisplay();
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        journal = new MessageLine(parent, "cameras.journal");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(journal.control());
        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(buttons);
        Buttons.push(buttons, "Show", "cameras.show", this::showSelected);
        Buttons.push(buttons, "Detach", "cameras.detach", this::detachSelected);
        Buttons.push(buttons, "Wall: 1", "cameras.layout1", () -> arrange(1));
        Buttons.push(buttons, "Wall: 2 × 2", "cameras.layout2", () -> arrange(2));
        Buttons.push(buttons, "Wall: 3 × 3", "cameras.layout3", () -> arrange(3));
        viewer = Tables.create(parent, "cameras.list");
        Tables.column(viewer, Row.class, "Camera", 240, row -> row.name);
        Tables.column(viewer, Row.class, "Id", 140, row -> row.id);
        Tables.column(viewer, Row.class, "State", 420, Row::state);
        table = viewer.getTable();
        table.addListener(SWT.DefaultSelection, e -> showSelected());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);

        BundleContext context = FrameworkUtil.getBundle(CameraListPart.class).getBundleContext();
        tracker = new ServiceTracker<>(context, CameraSource.class, null) {
            @Override
            public Row addingService(ServiceReference<CameraSource> reference) {
                CameraSource camera = context.getService(reference);
                Row row = new Row(camera.id(), camera.displayName());
                row.preview = camera.preview(row);
                display.asyncExec(() -> list(row));
                return row;
            }

            @Override
            public void removedService(ServiceReference<CameraSource> reference, Row row) {
                row.preview.close();
                context.ungetService(reference);
                display.asyncExec(() -> forget(row));
            }
        };
        tracker.open();
        refreshJournal();
    }

    @Focus
    void focus() {
        table.setFocus();
    }

    @PreDestroy
    void close() {
        tracker.close();
    }


    private void list(Row row) {
        if (table.isDisposed()) {
            return;
        }
        rows.put(row.id, row);
        redrawRows();
    }

    private void forget(Row row) {
        if (table.isDisposed()) {
            return;
        }
        rows.remove(row.id, row);
        redrawRows();
    }

    private void redrawRows() {
        viewer.setInput(rows.values().stream().sorted(Comparator.comparing(r -> r.id)).toList());
    }

    private void arrange(int columns) {
        wall.arrange(columns, rows.keySet().stream().sorted().toList());
    }

    private void showSelected() {
        selected().ifPresent(row -> wall.show(row.id, row.name, parts));
    }

    private void detachSelected() {
        selected().ifPresent(row -> wall.detach(wall.show(row.id, row.name, parts)));
    }

    private java.util.Optional<Row> selected() {
        return java.util.Optional.ofNullable((Row) viewer.getStructuredSelection().getFirstElement());
    }

    private void refreshJournal() {
        if (table.isDisposed() || monitor == null) {
            return;
        }
        Background.run("Reading the event journal", table, () -> journalText(monitor), text -> {
            if (text.isEmpty()) {
                journal.clear();
            } else {
                journal.error(text);
            }
            display.timerExec(JOURNAL_REFRESH_MS, this::refreshJournal);
        }, failure -> display.timerExec(JOURNAL_REFRESH_MS, this::refreshJournal));
    }

    private static String journalText(GateMonitor monitor) {
        int waiting = monitor.eventsWaitingForDatabase();
        long unreadable = monitor.unreadableJournalEntries();
        StringBuilder text = new StringBuilder();
        if (waiting > 0) {
            text.append("The database cannot be reached: ").append(waiting)
                    .append(waiting == 1 ? " event is" : " events are").append(" kept on this station and will be stored when it answers. ");
        }
        if (unreadable > 0) {
            text.append(unreadable).append(unreadable == 1 ? " journal entry" : " journal entries")
                    .append(" could not be read back: see journal/unreadable in the data folder.");
        }
        return text.toString().strip();
    }

    /** A camera in the list; its viewer only follows the status. */
    private final class Row implements CameraViewer {
        final String id;
        final String name;
        volatile CameraStatus status;
        CameraPreview preview;

        Row(String id, String name) {
            this.id = id;
            this.name = name;
        }

        String state() {
            CameraStatus now = status;
            if (now == null) {
                return "";
            }
            String state = now.state().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            return now.reason().isEmpty() ? state : state + ": " + now.reason();
        }

        @Override
        public void frame(Frame frame) {
            // the list shows no picture
        }

        @Override
        public void status(CameraStatus changed) {
            status = changed;
            display.asyncExec(() -> {
                if (!table.isDisposed() && rows.get(id) == this) {
                    viewer.update(this, null);
                }
            });
        }
    }
}
