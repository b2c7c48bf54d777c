package org.gatepass.ui.strangers;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.EventLogService;
import org.gatepass.core.person.Person;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;
import org.gatepass.core.stranger.Stranger;
import org.gatepass.core.stranger.StrangerQuery;
import org.gatepass.gate.EnrollmentReport;
import org.gatepass.gate.GateProperties;
import org.gatepass.gate.StrangerService;
import org.gatepass.ui.internal.Background;
import org.gatepass.ui.internal.Buttons;
import org.gatepass.ui.internal.MessageLine;
import org.gatepass.ui.internal.Tables;
import org.gatepass.ui.internal.TestIds;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The unknown-face gallery: strangers the gate saw, by the picture of their newest sighting, searchable by the days
 * they were last seen and by camera; "This was…" names one as an existing person, "Enrol as new person…" creates the
 * person and enrols the stranger's pictures. New unknown faces arrive by the event broker.
 */
public final class StrangersPart {
    private static final int LIMIT = 300;
    private static final int THUMBNAIL = 56;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd MMM HH:mm", Locale.ROOT);

    private final StrangerService strangers;
    private final EventLogService events;
    private final ZoneId zone = ZoneId.systemDefault();
    private final Map<Long, Image> thumbnails = new HashMap<>();
    @Inject
    private Actor actor;
    private DateTime from;
    private DateTime to;
    private Text camera;
    private TableViewer table;
    private Button enrol;
    private MessageLine message;
    private List<Stranger> shown = List.of();

    @Inject
    public StrangersPart(StrangerService strangers, EventLogService events) {
        this.strangers = strangers;
        this.events = events;
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(9).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText("Last seen from");
        from = TestIds.name(new DateTime(bar, SWT.DATE | SWT.DROP_DOWN), "strangers.from");
        setDate(from, LocalDate.now(zone).minusDays(6));
        new Label(bar, SWT.NONE).setText("to");
        to = TestIds.name(new DateTime(bar, SWT.DATE | SWT.DROP_DOWN), "strangers.to");
        setDate(to, LocalDate.now(zone));
        new Label(bar, SWT.NONE).setText("Camera");
        camera = TestIds.name(new Text(bar, SWT.BORDER | SWT.SEARCH), "strangers.camera");
        camera.setMessage("any");
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(camera);
        camera.addListener(SWT.DefaultSelection, e -> reload());
        Buttons.push(bar, "Search", "strangers.search", this::reload);
        Buttons.push(bar, "This was…", "strangers.thiswas", this::chooseWho);
        enrol = Buttons.push(bar, "Enrol as new person…", "strangers.enrol", this::chooseNewPerson);
        message = new MessageLine(parent, "strangers.message");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message.control());

        table = Tables.create(parent, "strangers.table");
        TableViewerColumn picture = new TableViewerColumn(table, SWT.NONE);
        picture.getColumn().setText("Picture");
        picture.getColumn().setWidth(THUMBNAIL + 12);
        picture.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return "";
            }

            @Override
            public Image getImage(Object element) {
                return thumbnails.get(((Stranger) element).id());
            }
        });
        Tables.column(table, Stranger.class, "Stranger", 90, s -> "#" + s.id());
        Tables.column(table, Stranger.class, "Seen", 50, s -> Integer.toString(s.sightings()));
        Tables.column(table, Stranger.class, "First seen", 110, s -> TIME.format(s.firstSeen().atZone(zone)));
        Tables.column(table, Stranger.class, "Last seen", 110, s -> TIME.format(s.lastSeen().atZone(zone)));
        Tables.column(table, Stranger.class, "Cameras", 160, s -> String.join(", ", s.cameras()));
        Tables.column(table, Stranger.class, "Named as", 200, s -> s.namedPersonName() == null ? "" : s.namedPersonName() + " (by " + s.namedBy() + ")");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        fitToRole();
        reload();
    }

    @Inject
    void operatorChanged(Actor signedIn) {
        actor = signedIn;
        if (table != null && !table.getControl().isDisposed()) {
            fitToRole();
            reload();
        }
    }

    /** An unknown face at this station's gate: the gallery changes. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void eventRecorded(@UIEventTopic(GateProperties.EVENT_TOPIC) Event event) {
        if (table != null && !table.getControl().isDisposed() && Decision.UNKNOWN_FACE.name().equals(event.getProperty("decision"))) {
            reload();
        }
    }

    @Focus
    void focus() {
        table.getControl().setFocus();
    }

    @PreDestroy
    void dispose() {
        thumbnails.values().forEach(Image::dispose);
    }

    /** The strangers listed now (UI thread), for tests. */
    List<Stranger> shown() {
        return shown;
    }

    /** Whether the stranger's picture is shown (UI thread), for tests. */
    boolean showsPicture(long strangerId) {
        return thumbnails.containsKey(strangerId);
    }


    private void fitToRole() {
        enrol.setVisible(actor.can(Permission.MANAGE_PERSONS) && actor.can(Permission.ENROL_FACES));
    }

    private void reload() {
        Instant start = date(from).atStartOfDay(zone).toInstant();
        Instant end = date(to).plusDays(1).atStartOfDay(zone).toInstant();
        StrangerQuery query = new StrangerQuery(start, end, camera.getText(), LIMIT);
        Actor acting = actor;
        Background.run("Reading unknown faces", table.getControl(), () -> strangers.strangers(acting, query), found -> {
            Long selected = selected().map(Stranger::id).orElse(null);
            shown = found;
            table.setInput(found);
            found.stream().filter(s -> s.id() == (selected == null ? -1 : selected)).findFirst()
                    .ifPresent(s -> table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(s)));
            loadThumbnails(found);
        }, failure -> message.error("Not updated: " + failure.getMessage()));
    }

    private void loadThumbnails(List<Stranger> found) {
        Actor acting = actor;
        for (Stranger stranger : found) {
            if (thumbnails.containsKey(stranger.id())) {
                continue;
            }
            Background.run("Loading a stranger's picture", table.getControl(), () -> events.snapshot(acting, stranger.newestEventId()).map(StrangersPart::scaled),
                    data -> data.ifPresent(d -> {
                        thumbnails.put(stranger.id(), new Image(table.getControl().getDisplay(), d));
                        table.update(stranger, null);
                    }), failure -> message.error("A picture could not be loaded: " + failure.getMessage()));
        }
    }

    /** Off the UI thread: the JPEG decoded and scaled to a thumbnail. */
    private static ImageData scaled(byte[] jpeg) {
        try {
            ImageData data = new ImageData(new ByteArrayInputStream(jpeg));
            double scale = (double) THUMBNAIL / Math.max(data.width, data.height);
            return data.scaledTo(Math.max(1, (int) (data.width * scale)), Math.max(1, (int) (data.height * scale)));
        } catch (SWTException e) {
            throw new IllegalArgumentException("the picture cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private Optional<Stranger> selected() {
        return Optional.ofNullable((Stranger) table.getStructuredSelection().getFirstElement());
    }

    private void chooseWho() {
        Optional<Stranger> stranger = selected();
        if (stranger.isEmpty()) {
            message.error("Select a stranger first.");
            return;
        }
        PersonPickerDialog picker = new PersonPickerDialog(table.getControl().getShell(), strangers, actor);
        if (picker.open() == Window.OK && picker.chosen() != null) {
            thisWas(stranger.get(), picker.chosen());
        }
    }

    /** Names the stranger as the person, as the picker's OK does. */
    void thisWas(Stranger stranger, Person person) {
        Actor acting = actor;
        Background.run("Naming a stranger", table.getControl(), () -> {
            strangers.thisWas(acting, stranger.id(), person.id());
            return person;
        }, named -> {
            message.info("Stranger #" + stranger.id() + " was " + named.name() + ".");
            reload();
        }, failure -> message.error(failure.getMessage()));
    }

    private void chooseNewPerson() {
        Optional<Stranger> stranger = selected();
        if (stranger.isEmpty()) {
            message.error("Select a stranger first.");
            return;
        }
        NewPersonDialog dialog = new NewPersonDialog(table.getControl().getShell());
        if (dialog.open() == Window.OK) {
            enrol(stranger.get(), dialog.person(), dialog.consent());
        }
    }

    /** Creates the person and enrols the stranger's pictures, as the dialog's OK does. */
    void enrol(Stranger stranger, Person person, String consent) {
        Actor acting = actor;
        message.info("Enrolling " + person.name() + " from stranger #" + stranger.id() + "'s pictures…");
        Background.runWithProgress("Enrolling a stranger", table.getControl(), monitor -> strangers.enrolAsNewPerson(acting, stranger.id(), person, consent),
                (EnrollmentReport report) -> {
                    message.info("Enrolled " + report.personName() + " from " + report.enrolled() + " of " + report.pictures().size()
                            + " pictures of stranger #" + stranger.id() + ".");
                    reload();
                }, failure -> message.error(failure.getMessage()));
    }

    private static void setDate(DateTime widget, LocalDate date) {
        widget.setDate(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
    }

    private static LocalDate date(DateTime widget) {
        return LocalDate.of(widget.getYear(), widget.getMonth() + 1, widget.getDay());
    }
}
