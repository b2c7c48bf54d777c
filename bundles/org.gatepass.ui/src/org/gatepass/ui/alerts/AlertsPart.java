package org.gatepass.ui.alerts;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.alert.AlertDesk;
import org.gatepass.core.alert.AlertEntry;
import org.gatepass.core.alert.AlertGroup;
import org.gatepass.core.alert.AlertGroups;
import org.gatepass.core.alert.AlertState;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.EventLogService;
import org.gatepass.core.security.Actor;
import org.gatepass.gate.GateProperties;
import org.gatepass.ui.internal.Background;
import org.gatepass.ui.internal.Buttons;
import org.gatepass.ui.internal.MessageLine;
import org.gatepass.ui.internal.Tables;
import org.gatepass.ui.internal.TestIds;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The alerts desk: the last day's alerts grouped by whom they are about, newest first; the selected group's
 * newest snapshot; acknowledge or resolve the whole group with a comment. A new alert at this station's gate
 * arrives by the event broker, shows in a red banner and the part's title, and sounds unless muted.
 */
public final class AlertsPart {
    static final Duration SHOWN = Duration.ofHours(24);
    static final String MUTED = "gatepass.alerts.muted";
    private static final int LIMIT = 2000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd MMM HH:mm:ss", Locale.ROOT);

    private final AlertDesk desk;
    private final EventLogService events;
    private final MPart part;
    private final ZoneId zone = ZoneId.systemDefault();
    @Inject
    private Actor actor;
    private Label banner;
    private Button withResolved;
    private Button mute;
    private TableViewer table;
    private Canvas snapshot;
    private Image picture;
    private Label details;
    private Text comment;
    private MessageLine message;
    private List<AlertGroup> shown = List.of();
    private long announcedUpTo;
    private boolean loadedOnce;

    @Inject
    public AlertsPart(AlertDesk desk, EventLogService events, MPart part) {
        this.desk = desk;
        this.events = events;
        this.part = part;
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        banner = TestIds.name(new Label(parent, SWT.WRAP), "alerts.banner");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(banner);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
        withResolved = TestIds.name(new Button(bar, SWT.CHECK), "alerts.resolved");
        withResolved.setText("Show resolved");
        withResolved.addListener(SWT.Selection, e -> reload());
        mute = TestIds.name(new Button(bar, SWT.CHECK), "alerts.mute");
        mute.setText("Mute sound");
        mute.setSelection(Boolean.parseBoolean(part.getPersistedState().get(MUTED)));
        mute.addListener(SWT.Selection, e -> part.getPersistedState().put(MUTED, Boolean.toString(mute.getSelection())));
        Buttons.push(bar, "Refresh", "alerts.refresh", this::reload);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        table = Tables.create(sash, "alerts.table");
        Tables.column(table, AlertGroup.class, "About", 170, AlertGroup::label);
        Tables.column(table, AlertGroup.class, "What", 160, g -> g.decision().label()
                + (g.newest().reason() == null ? "" : ": " + g.newest().reason()));
        Tables.column(table, AlertGroup.class, "Times", 50, g -> Integer.toString(g.alerts().size()));
        Tables.column(table, AlertGroup.class, "First", 120, g -> TIME.format(g.first().atZone(zone)));
        Tables.column(table, AlertGroup.class, "Last", 120, g -> TIME.format(g.last().atZone(zone)));
        Tables.column(table, AlertGroup.class, "Cameras", 120, g -> String.join(", ", g.cameras()));
        Tables.column(table, AlertGroup.class, "State", 200, AlertsPart::state);
        table.addSelectionChangedListener(e -> showSelected());

        Composite side = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(side);
        // the picture beside the controls, so both fit however low the desk is
        snapshot = TestIds.name(new Canvas(side, SWT.DOUBLE_BUFFERED | SWT.BORDER), "alerts.snapshot");
        snapshot.addPaintListener(e -> paint(e.gc));
        snapshot.addDisposeListener(e -> disposePicture());
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 150).applyTo(snapshot);
        Composite controls = new Composite(side, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(controls);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(controls);
        details = TestIds.name(new Label(controls, SWT.WRAP), "alerts.details");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(details);
        comment = TestIds.name(new Text(controls, SWT.BORDER), "alerts.comment");
        comment.setMessage("Comment: what you did, who it was");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(comment);
        Buttons.push(controls, "Acknowledge", "alerts.acknowledge", () -> handleSelected(false)).setToolTipText("Seen: you are dealing with it");
        Buttons.push(controls, "Resolve", "alerts.resolve", () -> handleSelected(true)).setToolTipText("Dealt with: the comment says how");
        message = new MessageLine(controls, "alerts.message");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(message.control());
        sash.setWeights(1, 1);
        reload();
    }

    @Inject
    void operatorChanged(Actor signedIn) {
        actor = signedIn;
        if (table != null && !table.getControl().isDisposed()) {
            reload();
        }
    }

    /** This station's gate stored an event: an alert is announced and the desk reloaded. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void eventRecorded(@UIEventTopic(GateProperties.EVENT_TOPIC) Event event) {
        if (table == null || table.getControl().isDisposed()) {
            return;
        }
        Object decision = event.getProperty("decision");
        if (decision != null && Decision.valueOf(decision.toString()).isAlert()) {
            reload();
        }
    }

    @Focus
    void focus() {
        table.getControl().setFocus();
    }

    /** The groups on the desk now (UI thread), for tests. */
    List<AlertGroup> shown() {
        return shown;
    }

    /** Whether the selected group's picture is shown (UI thread), for tests. */
    boolean showsPicture() {
        return picture != null;
    }

    /** Selects the group about {@code subject}, as a click on its row does. */
    void select(String subject) {
        shown.stream().filter(g -> g.subject().equals(subject)).findFirst()
                .ifPresent(g -> table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(g), true));
    }

    private void reload() {
        Actor acting = actor;
        boolean resolvedToo = withResolved.getSelection();
        Background.run("Reading alerts", table.getControl(), () -> desk.alerts(acting, Instant.now().minus(SHOWN), resolvedToo, LIMIT),
                this::show, failure -> message.error("Not updated: " + failure.getMessage()));
    }

    private void show(List<AlertEntry> alerts) {
        String selected = selectedGroup().map(AlertGroup::subject).orElse(null);
        shown = AlertGroups.of(alerts);
        table.setInput(shown);
        if (selected != null) {
            select(selected);
        }
        long open = alerts.stream().filter(a -> a.state() == AlertState.OPEN).count();
        part.setLabel(open == 0 ? "Alerts" : "Alerts (" + open + " open)");
        announce(alerts);
    }

    /** Alerts newer than the last announced: a red banner, and the sound unless muted. The first load announces nothing. */
    private void announce(List<AlertEntry> alerts) {
        long newest = alerts.stream().mapToLong(AlertEntry::eventId).max().orElse(announcedUpTo);
        Optional<AlertEntry> fresh = alerts.stream().filter(a -> a.eventId() > announcedUpTo && a.state() == AlertState.OPEN).findFirst();
        boolean firstLoad = !loadedOnce;
        loadedOnce = true;
        announcedUpTo = Math.max(announcedUpTo, newest);
        if (firstLoad || fresh.isEmpty()) {
            return;
        }
        AlertEntry alert = fresh.get();
        banner.setText("New alert: " + alert.decision().label() + (alert.personName() == null ? "" : " — " + alert.personName()) + " at "
                + alert.cameraId() + ", " + TIME.format(alert.occurredAt().atZone(zone)));
        banner.setBackground(banner.getDisplay().getSystemColor(SWT.COLOR_RED));
        banner.setForeground(banner.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        banner.getParent().layout(true, true);
        if (!mute.getSelection()) {
            AlertSound.play(banner.getDisplay());
        }
    }

    private Optional<AlertGroup> selectedGroup() {
        return Optional.ofNullable((AlertGroup) table.getStructuredSelection().getFirstElement());
    }

    private void showSelected() {
        Optional<AlertGroup> group = selectedGroup();
        disposePicture();
        snapshot.redraw();
        if (group.isEmpty()) {
            details.setText("");
            return;
        }
        AlertEntry newest = group.get().newest();
        details.setText(group.get().alerts().size() + (group.get().alerts().size() == 1 ? " alert" : " alerts") + " about " + group.get().label()
                + " at " + String.join(", ", group.get().cameras()) + "; newest " + TIME.format(newest.occurredAt().atZone(zone))
                + (newest.comment() == null || newest.comment().isEmpty() ? "" : "\n" + state(group.get())));
        details.getParent().layout(true, true);
        if (newest.hasSnapshot()) {
            Actor acting = actor;
            Background.run("Loading the alert's picture", snapshot, () -> events.snapshot(acting, newest.eventId()), jpeg -> jpeg.ifPresent(this::showPicture),
                    failure -> message.error("No picture: " + failure.getMessage()));
        }
    }

    private void showPicture(byte[] jpeg) {
        disposePicture();
        try {
            picture = new Image(snapshot.getDisplay(), new ByteArrayInputStream(jpeg));
        } catch (SWTException e) {
            message.error("The alert's picture cannot be shown: " + e.getMessage());
        }
        snapshot.redraw();
    }

    private void paint(GC gc) {
        Rectangle area = snapshot.getClientArea();
        gc.setBackground(snapshot.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.fillRectangle(area);
        if (picture == null) {
            return;
        }
        Rectangle source = picture.getBounds();
        double scale = Math.min((double) area.width / source.width, (double) area.height / source.height);
        int width = (int) (source.width * scale);
        int height = (int) (source.height * scale);
        gc.drawImage(picture, 0, 0, source.width, source.height, (area.width - width) / 2, (area.height - height) / 2, width, height);
    }

    private void disposePicture() {
        if (picture != null) {
            picture.dispose();
            picture = null;
        }
    }

    private void handleSelected(boolean resolve) {
        Optional<AlertGroup> group = selectedGroup();
        if (group.isEmpty()) {
            message.error("Select an alert first.");
            return;
        }
        List<Long> ids = group.get().alerts().stream().map(AlertEntry::eventId).toList();
        String text = comment.getText();
        Actor acting = actor;
        Background.run(resolve ? "Resolving alerts" : "Acknowledging alerts", table.getControl(),
                () -> resolve ? desk.resolve(acting, ids, text) : desk.acknowledge(acting, ids, text), changed -> {
                    message.info((resolve ? "Resolved " : "Acknowledged ") + changed + (changed == 1 ? " alert" : " alerts") + " about "
                            + group.get().label() + ".");
                    comment.setText("");
                    banner.setText("");
                    banner.setBackground(null);
                    reload();
                }, failure -> message.error(failure.getMessage()));
    }

    private static String state(AlertGroup group) {
        AlertEntry newest = group.newest();
        return switch (group.state()) {
            case OPEN -> "Open";
            case ACKNOWLEDGED -> "Acknowledged by " + newest.handledBy() + (newest.comment().isEmpty() ? "" : ": " + newest.comment());
            case RESOLVED -> "Resolved by " + newest.handledBy() + ": " + newest.comment();
        };
    }
}
