package org.gatepass.ui.presence;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.DataDirectory;
import org.gatepass.core.presence.PresenceBoard;
import org.gatepass.core.presence.PresenceEntry;
import org.gatepass.core.presence.PresenceService;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;
import org.gatepass.core.security.StationName;
import org.gatepass.gate.GateProperties;
import org.gatepass.report.MusterExport;
import org.gatepass.ui.internal.Background;
import org.gatepass.ui.internal.Buttons;
import org.gatepass.ui.internal.MessageLine;
import org.gatepass.ui.internal.Tables;
import org.gatepass.ui.internal.TestIds;
import org.gatepass.ui.internal.TypingDelay;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Who is inside now, with the counts by category and gate; the muster list for an emergency in one click (PDF and
 * CSV in the data folder, the PDF opened to print); marking a person out by hand with a reason. Follows this
 * station's gate events by the event broker and checks every few seconds for other stations'.
 */
public final class PresencePart {
    static final int OTHER_STATIONS_POLL_MS = 5000;
    private static final String SITE_LABEL = "Whole site";
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("dd MMM HH:mm", Locale.ROOT);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final PresenceService presence;
    private final MusterExport muster;
    private final ZoneId zone = ZoneId.systemDefault();
    @Inject
    private Actor actor;
    private Label counts;
    private Combo area;
    private Text filter;
    private TableViewer table;
    private Button markOut;
    private MessageLine message;
    private PresenceBoard shown;
    private boolean loading;

    @Inject
    public PresencePart(PresenceService presence, MusterExport muster) {
        this.presence = presence;
        this.muster = muster;
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        counts = TestIds.name(new Label(parent, SWT.WRAP), "presence.counts");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(counts);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        area = TestIds.name(new Combo(bar, SWT.READ_ONLY), "presence.area");
        area.setItems(SITE_LABEL);
        area.select(0);
        area.setToolTipText("The whole site, or an area a gate leads into (a lab, a building)");
        area.addListener(SWT.Selection, e -> {
            fitToRole();
            reload();
        });
        filter = TestIds.name(new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "presence.filter");
        filter.setMessage("Filter by name, ID, category or gate");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        Button musterList = Buttons.push(bar, "Muster list", "presence.muster", this::writeMusterList);
        musterList.setToolTipText("Everybody inside now, as a PDF to print and a CSV, in the data folder's muster/");
        markOut = Buttons.push(bar, "Mark as out…", "presence.markout", this::markSelectedOut);
        markOut.setToolTipText("The selected person left without passing a camera");
        Buttons.push(bar, "Refresh", "presence.refresh", this::reload);
        message = new MessageLine(parent, "presence.message");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message.control());
        table = Tables.create(parent, "presence.table");
        Tables.column(table, PresenceEntry.class, "Name", 220, PresenceEntry::name);
        Tables.column(table, PresenceEntry.class, "ID", 90, PresenceEntry::externalId);
        Tables.column(table, PresenceEntry.class, "Category", 100, e -> e.category().label());
        Tables.column(table, PresenceEntry.class, "Gate", 140, PresenceEntry::gate);
        Tables.column(table, PresenceEntry.class, "Inside since", 120, e -> SINCE.format(e.since().atZone(zone)));
        table.addFilter(new ViewerFilter() {
            @Override
            public boolean select(org.eclipse.jface.viewers.Viewer viewer, Object parentElement, Object element) {
                return matches((PresenceEntry) element, filter.getText());
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        TypingDelay.onPause(filter, () -> table.refresh());
        fitToRole();
        reload();
        pollForOtherStations();
    }

    @Inject
    void operatorChanged(Actor signedIn) {
        actor = signedIn;
        if (table != null && !table.getControl().isDisposed()) {
            fitToRole();
            reload();
        }
    }

    /** A movement at this station's gate: the board changes. */
    @Inject
    @Optional
    void eventRecorded(@UIEventTopic(GateProperties.EVENT_TOPIC) Event event) {
        if (table != null && !table.getControl().isDisposed()) {
            reload();
        }
    }

    @Focus
    void focus() {
        filter.setFocus();
    }

    /** The board shown now (UI thread), for tests. */
    PresenceBoard shown() {
        return shown;
    }


    /** Marking out by hand is for the site: an area's presence follows its gate's cameras only. */
    private void fitToRole() {
        markOut.setVisible(actor.can(Permission.CORRECT_PRESENCE) && chosenArea().equals(PresenceService.SITE));
    }

    private String chosenArea() {
        int chosen = area.getSelectionIndex();
        return chosen <= 0 ? PresenceService.SITE : area.getItem(chosen);
    }

    /** The areas on offer, keeping the one chosen while it still exists. */
    private void offer(List<String> areas) {
        String chosen = chosenArea();
        List<String> items = new ArrayList<>(List.of(SITE_LABEL));
        items.addAll(areas);
        if (!items.equals(List.of(area.getItems()))) {
            area.setItems(items.toArray(String[]::new));
            area.select(Math.max(0, items.indexOf(chosen)));
            area.getParent().layout(true, true);
        }
    }

    private void reload() {
        if (loading) {
            return;
        }
        loading = true;
        Actor acting = actor;
        String where = chosenArea();
        Background.run("Reading who is inside", table.getControl(), () -> new Reading(presence.areas(acting), presence.inside(acting, where)), read -> {
            loading = false;
            offer(read.areas());
            show(read.board());
        }, failure -> {
            loading = false;
            message.error("Not updated: " + failure.getMessage());
        });
    }

    /** The areas there are and the board of the one chosen, read together off the UI thread. */
    private record Reading(List<String> areas, PresenceBoard board) {
    }

    private void show(PresenceBoard board) {
        shown = board;
        counts.setText(summary(board));
        table.setInput(board.inside());
        counts.getParent().layout(true, true);
    }

    static String summary(PresenceBoard board) {
        int inside = board.inside().size();
        String head = inside + (inside == 1 ? " person inside" : " persons inside");
        if (inside == 0) {
            return head;
        }
        Map<String, Long> byCategory = board.byCategory().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().label(), Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new));
        return head + " — " + joined(byCategory) + " — by gate: " + joined(board.byGate());
    }

    private static String joined(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static boolean matches(PresenceEntry entry, String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return wanted.isEmpty() || List.of(entry.name(), entry.externalId() == null ? "" : entry.externalId(), entry.category().label(), entry.gate())
                .stream().anyMatch(field -> field.toLowerCase(Locale.ROOT).contains(wanted));
    }

    private void pollForOtherStations() {
        table.getControl().getDisplay().timerExec(OTHER_STATIONS_POLL_MS, () -> {
            if (table.getControl().isDisposed()) {
                return;
            }
            reload();
            pollForOtherStations();
        });
    }

    private void markSelectedOut() {
        PresenceEntry selected = (PresenceEntry) table.getStructuredSelection().getFirstElement();
        if (selected == null) {
            message.error("Select the person who left.");
            return;
        }
        InputDialog reason = new InputDialog(markOut.getShell(), "Mark as out", "Why is " + selected.name() + " marked out by hand?", "",
                text -> text.isBlank() ? "Give the reason, e.g. left by the fire exit." : null);
        reason.setBlockOnOpen(true);
        if (reason.open() != Window.OK) {
            return;
        }
        markOut(selected, reason.getValue());
    }

    /** Marks the person out with the reason, as the dialog's OK does. */
    void markOut(PresenceEntry person, String reason) {
        Actor acting = actor;
        Background.run("Marking out", table.getControl(), () -> presence.markOut(acting, person.personId(), reason), out -> {
            message.info(person.name() + " is marked out: " + reason.strip());
            reload();
        }, failure -> message.error(failure.getMessage()));
    }

    /** Writes the muster list now, as the button does; the outcome is told in the message line. */
    void writeMusterList() {
        Actor acting = actor;
        String where = chosenArea();
        message.info("Writing the muster list…");
        Background.runWithProgress("Writing the muster list", table.getControl(), monitor -> write(acting, where, monitor), files -> {
            message.info("Muster list of " + files.persons() + (files.persons() == 1 ? " person" : " persons") + ": " + files.pdf() + " and "
                    + files.csv());
            Program viewer = Program.findProgram(".pdf");
            if (viewer != null) {
                viewer.execute(files.pdf().toString());
            }
        }, failure -> message.error("The muster list was not written: " + failure.getMessage()));
    }

    private MusterFiles write(Actor acting, String where, IProgressMonitor monitor) {
        monitor.beginTask("reading who is inside", 3);
        PresenceBoard board = presence.inside(acting, where);
        monitor.worked(1);
        if (monitor.isCanceled()) {
            throw new OperationCanceledException("Cancelled: nothing was written.");
        }
        try {
            Path folder = Files.createDirectories(DataDirectory.resolve().resolve("muster"));
            String stamp = FILE_TIME.format(board.at().atZone(zone));
            Path pdf = folder.resolve("muster-" + stamp + ".pdf");
            Path csv = folder.resolve("muster-" + stamp + ".csv");
            monitor.subTask("writing " + pdf.getFileName());
            try (OutputStream out = Files.newOutputStream(pdf)) {
                muster.writePdf(board, StationName.local(), zone, out);
            }
            monitor.worked(1);
            monitor.subTask("writing " + csv.getFileName());
            try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                muster.writeCsv(board, out);
            }
            monitor.worked(1);
            return new MusterFiles(board.inside().size(), pdf, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** The muster list written: how many persons, and its two files. */
    record MusterFiles(int persons, Path pdf, Path csv) {
    }
}
