package org.gatepass.ui.cameras;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.gatepass.gate.CameraView;
import org.gatepass.gate.GateMonitor;
import org.gatepass.ui.internal.MessageLine;
import org.gatepass.ui.internal.TestIds;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Control room: every camera the gate watches, live, in a grid. Refreshed ten times a second from the
 * gate's monitor; showing a frame costs the UI thread one image conversion.
 */
public final class CamerasPart {
    static final int REFRESH_MS = 100;
    /** The journal is a folder listing: once a second is soon enough to tell the operator. */
    static final int JOURNAL_REFRESH_MS = 1000;

    private final GateMonitor monitor;
    private final Map<String, CameraCanvas> canvases = new LinkedHashMap<>();
    private Composite grid;
    private Label empty;
    private MessageLine journal;

    @Inject
    public CamerasPart(@Optional GateMonitor monitor) {
        this.monitor = monitor;
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().applyTo(parent);
        empty = TestIds.name(new Label(parent, SWT.WRAP), "cameras.empty");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(empty);
        journal = new MessageLine(parent, "cameras.journal");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(journal.control());
        grid = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(grid);
        if (monitor == null) {
            empty.setText("Face recognition is not running: see the log for why (for example a model that failed to load).");
            return;
        }
        refresh();
        refreshJournal();
    }

    /** e4 calls this when the part is activated: the operator can type at once. */
    @Focus
    void focus() {
        grid.setFocus();
    }

    /** The canvas showing a camera, null if none does. */
    CameraCanvas canvas(String cameraId) {
        return canvases.get(cameraId);
    }

    private void refresh() {
        if (grid.isDisposed()) {
            return;
        }
        List<CameraView> views = monitor.cameras();
        if (!views.stream().map(CameraView::cameraId).toList().equals(List.copyOf(canvases.keySet()))) {
            rebuild(views);
        }
        for (CameraView view : views) {
            canvases.get(view.cameraId()).show(view);
        }
        grid.getDisplay().timerExec(REFRESH_MS, this::refresh);
    }

    private void refreshJournal() {
        if (grid.isDisposed()) {
            return;
        }
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
        if (text.isEmpty()) {
            journal.clear();
        } else {
            journal.error(text.toString().strip());
        }
        grid.getDisplay().timerExec(JOURNAL_REFRESH_MS, this::refreshJournal);
    }

    private void rebuild(List<CameraView> views) {
        canvases.values().forEach(c -> c.control().dispose());
        canvases.clear();
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(views.size())));
        GridLayoutFactory.fillDefaults().numColumns(columns).equalWidth(true).spacing(4, 4).applyTo(grid);
        for (CameraView view : views) {
            CameraCanvas canvas = new CameraCanvas(grid, "cameras." + view.cameraId());
            GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas.control());
            canvases.put(view.cameraId(), canvas);
        }
        empty.setText(views.isEmpty() ? "No camera is configured. An administrator adds cameras (see the administrator guide)." : "");
        GridDataFactory.fillDefaults().grab(true, false).exclude(!views.isEmpty()).applyTo(empty);
        empty.setVisible(views.isEmpty());
        grid.getParent().layout(true, true);
    }
}
