package org.gatepass.ui.persons;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.camera.CameraStatus;
import org.gatepass.core.importing.ImportPreview;
import org.gatepass.core.importing.ImportResult;
import org.gatepass.core.importing.PersonImportService;
import org.gatepass.core.pass.InvalidPassException;
import org.gatepass.core.pass.PassService;
import org.gatepass.core.person.InvalidPersonException;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonService;
import org.gatepass.core.person.PersonStatus;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;
import org.gatepass.gate.EnrollmentService;
import org.gatepass.gate.PersonDataService;
import org.gatepass.gate.GateMonitor;
import org.gatepass.sheets.SheetReader;
import org.gatepass.ui.internal.Background;
import org.gatepass.ui.internal.MessageLine;
import org.gatepass.ui.internal.TestIds;
import org.gatepass.ui.internal.TypingDelay;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Find, create, edit and deactivate enrolled persons, and enrol or erase their faces. Roles that may only
 * look persons up (Reception) get the list and a read-only form; the buttons of what they may not do are hidden.
 */
public final class PersonsPart {
    /** Enough for any screen; the search narrows larger sites. */
    private static final int LIST_LIMIT = 500;
    /** How often Enrol from camera checks that a camera is live (the monitor is in memory: cheap). */
    private static final int CAMERA_CHECK_MS = 1000;

    private final PersonService persons;
    /** Null where face recognition could not start; enrolment is then unavailable, the rest works. */
    private final EnrollmentService enrollment;
    private final PersonDataService personData;
    /** Null where the gate does not run; enrolment from a camera is then unavailable. */
    private final GateMonitor monitor;
    private final SheetReader sheets;
    private final PersonImportService imports;
    private final PassService passes;
    private Actor actor;
    private Button newPerson;
    private Button save;
    private Text search;
    private TableViewer table;
    private PersonForm form;
    private Button deactivate;
    private Button consent;
    private Button enrol;
    private Button enrolFolder;
    private Button importFile;
    private Button enrolFromCamera;
    private Button erase;
    private Button erasePerson;
    private Button exportData;
    private boolean personShown;
    private MessageLine message;

    @Inject
    public PersonsPart(PersonService persons, @Optional EnrollmentService enrollment, @Optional GateMonitor monitor, SheetReader sheets,
            PersonImportService imports, PassService passes, @Optional PersonDataService personData) {
        this.persons = persons;
        this.personData = personData;
        this.passes = passes;
        this.sheets = sheets;
        this.imports = imports;
        this.enrollment = enrollment;
        this.monitor = monitor;
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        search = TestIds.name(new Text(top, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "persons.search");
        search.setMessage("Search by name or ID");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        newPerson = TestIds.name(new Button(top, SWT.PUSH), "persons.new");
        newPerson.setText("New person");
        newPerson.addListener(SWT.Selection, e -> startNew());
        enrolFolder = TestIds.name(new Button(top, SWT.PUSH), "persons.enrolfolder");
        enrolFolder.setText("Enrol folder…");
        enrolFolder.setToolTipText("Enrol a folder holding one sub-folder of photos per person, named by their ID or exact name");
        enrolFolder.addListener(SWT.Selection, e -> chooseFolder());
        importFile = TestIds.name(new Button(top, SWT.PUSH), "persons.import");
        importFile.setText("Import…");
        importFile.setToolTipText("Add or update persons and visitors from an Excel workbook (.xlsx) or a CSV file");
        importFile.addListener(SWT.Selection, e -> chooseImport());
        TypingDelay.onPause(search, this::reload);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        table = createTable(sash);
        Composite details = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(details);
        form = new PersonForm(details);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(form.control());
        Composite buttons = new Composite(details, SWT.NONE);
        // the buttons wrap to the next line when the form is narrow, instead of running off its edge
        RowLayoutFactory.fillDefaults().wrap(true).spacing(6).applyTo(buttons);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
        save = TestIds.name(new Button(buttons, SWT.PUSH), "persons.save");
        save.setText("Save");
        save.addListener(SWT.Selection, e -> save());
        deactivate = TestIds.name(new Button(buttons, SWT.PUSH), "persons.deactivate");
        deactivate.setText("Deactivate");
        deactivate.setToolTipText("Keep the person's history but stop recognising them at the gate");
        deactivate.addListener(SWT.Selection, e -> deactivateSelected());
        consent = TestIds.name(new Button(buttons, SWT.PUSH), "persons.consent");
        consent.setText("Consent…");
        consent.setToolTipText("Record or withdraw this person's consent to face enrolment: no face is enrolled without it");
        consent.addListener(SWT.Selection, e -> editConsent());
        enrol = TestIds.name(new Button(buttons, SWT.PUSH), "persons.enrol");
        enrol.setText("Enrol photos…");
        enrol.setToolTipText(enrollment == null ? "Face recognition is not available" : "Add face photos of this person");
        enrol.addListener(SWT.Selection, e -> choosePhotos());
        enrolFromCamera = TestIds.name(new Button(buttons, SWT.PUSH), "persons.enrolcamera");
        enrolFromCamera.setText("Enrol from camera…");
        enrolFromCamera.setToolTipText("Capture face shots of this person with a live camera");
        enrolFromCamera.addListener(SWT.Selection, e -> enrolFromCamera());
        erase = TestIds.name(new Button(buttons, SWT.PUSH), "persons.erase");
        erase.setText("Erase face data");
        erase.setToolTipText("Delete this person's face templates: they are no longer recognised");
        erase.addListener(SWT.Selection, e -> eraseFaceData());
        exportData = TestIds.name(new Button(buttons, SWT.PUSH), "persons.exportData");
        exportData.setText("Export data…");
        exportData.setToolTipText("Save everything Gatepass holds of this person, for them to see: a zip with their record and pictures");
        exportData.addListener(SWT.Selection, e -> chooseExport());
        erasePerson = TestIds.name(new Button(buttons, SWT.PUSH), "persons.erasePerson");
        erasePerson.setText("Erase person…");
        erasePerson.setToolTipText("Delete this person on their request, with their face data, pictures, passes and notifications;"
                + " their past movements stay, naming nobody");
        erasePerson.addListener(SWT.Selection, e -> erasePerson());
        message = new MessageLine(details, "persons.message");
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(message.control());
        sash.setWeights(3, 2);
        fitToRole();
        startNew();
        reload();
        checkCameras();
        tellWhoMustEnrolAgain();
    }

    /** The signed-in operator; injected again when another one signs in at this console. */
    @Inject
    void operatorChanged(Actor signedIn) {
        actor = signedIn;
        if (search != null && !search.isDisposed()) {
            fitToRole();
            startNew();
            reload();
        }
    }

    /** Shows only what the role may do; the service refuses the rest anyway. */
    private void fitToRole() {
        boolean manage = actor.can(Permission.MANAGE_PERSONS);
        boolean enrolFaces = actor.can(Permission.ENROL_FACES);
        show(newPerson, manage);
        show(save, manage);
        show(deactivate, manage);
        show(consent, enrolFaces);
        show(enrol, enrolFaces);
        show(enrolFolder, enrolFaces);
        enrolFolder.setEnabled(enrollment != null);
        show(importFile, manage);
        show(enrolFromCamera, enrolFaces);
        show(erase, enrolFaces);
        show(exportData, manage);
        show(erasePerson, manage && enrolFaces);
        form.setEditable(manage);
        save.getParent().getParent().layout(true, true);
        newPerson.getParent().layout(true, true);
    }

    private static void show(Button button, boolean shown) {
        if (button.getParent().getLayout() instanceof RowLayout) {
            RowData data = button.getLayoutData() instanceof RowData row ? row : new RowData();
            data.exclude = !shown;
            button.setLayoutData(data);
        } else {
            GridData data = button.getLayoutData() instanceof GridData grid ? grid : new GridData();
            data.exclude = !shown;
            button.setLayoutData(data);
        }
        button.setVisible(shown);
    }

    /** e4 calls this when the part is activated: the operator can type at once. */
    @Focus
    void focus() {
        search.setFocus();
    }

    private TableViewer createTable(Composite parent) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        TestIds.name(viewer.getTable(), "persons.table");
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(viewer, "ID", 80, p -> p.externalId());
        column(viewer, "Name", 180, Person::name);
        column(viewer, "Category", 90, p -> p.category().label());
        column(viewer, "Status", 80, p -> p.status().label());
        column(viewer, "E-mail", 180, Person::email);
        column(viewer, "Mobile", 120, Person::mobile);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addSelectionChangedListener(e -> {
            Object selected = ((IStructuredSelection) e.getSelection()).getFirstElement();
            // Re-selecting the person already in the form (after a save) must not wipe the confirmation.
            if (selected instanceof Person p && !p.id().equals(form.personId())) {
                form.show(p);
                deactivate.setEnabled(p.status() != PersonStatus.INACTIVE);
                enableFaceActions(true);
                message.clear();
            }
        });
        return viewer;
    }

    private static void column(TableViewer viewer, String title, int width, Function<Person, String> value) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String text = value.apply((Person) element);
                return text == null ? "" : text;
            }
        });
    }

    private void startNew() {
        table.setSelection(StructuredSelection.EMPTY);
        form.clear();
        deactivate.setEnabled(false);
        enableFaceActions(false);
        message.clear();
        form.focusName();
    }

    private void reload() {
        Object selected = table.getStructuredSelection().getFirstElement();
        reload(selected instanceof Person p ? p.id() : null);
    }

    /** Reloads the list and selects the person with {@code selectId} if it is listed. */
    private void reload(Long selectId) {
        String text = search.getText();
        Actor acting = actor;
        Background.run("Loading persons", table.getControl(), () -> persons.search(acting, text, LIST_LIMIT), people -> {
            table.setInput(people);
            people.stream().filter(p -> p.id().equals(selectId)).findFirst()
                    .ifPresent(p -> table.setSelection(new StructuredSelection(p), true));
        }, e -> message.error(e.getMessage()));
    }

    private void save() {
        Person typed = form.read();
        boolean isNew = form.isNew();
        Actor acting = actor;
        Background.run("Saving person", table.getControl(), () -> isNew ? persons.create(acting, typed) : persons.update(acting, typed), saved -> {
            form.show(saved);
            deactivate.setEnabled(saved.status() != PersonStatus.INACTIVE);
            enableFaceActions(true);
            message.info((isNew ? "Created " : "Saved ") + saved.name() + ".");
            reload(saved.id());
        }, this::showFailure);
    }

    private void deactivateSelected() {
        Person typed = form.read();
        if (typed.id() == null) {
            return;
        }
        Actor acting = actor;
        Background.run("Deactivating person", table.getControl(), () -> persons.deactivate(acting, typed.id()), inactive -> {
            form.show(inactive);
            deactivate.setEnabled(false);
            message.info(inactive.name() + " is now inactive and will not be admitted.");
            reload(inactive.id());
        }, this::showFailure);
    }

    private void enableFaceActions(boolean shown) {
        personShown = shown;
        consent.setEnabled(shown && enrollment != null);
        enrol.setEnabled(shown && enrollment != null);
        erase.setEnabled(shown && enrollment != null);
        erasePerson.setEnabled(shown && personData != null);
        exportData.setEnabled(shown && personData != null);
        enableCameraEnrolment();
    }

    /** Enrol from camera needs a person and a live camera. */
    private void enableCameraEnrolment() {
        enrolFromCamera.setEnabled(personShown && enrollment != null && monitor != null
                && monitor.cameras().stream().anyMatch(c -> c.status().state() == CameraStatus.State.LIVE));
    }

    /** Cameras come and go: Enrol from camera follows them. */
    private void checkCameras() {
        if (enrolFromCamera.isDisposed()) {
            return;
        }
        enableCameraEnrolment();
        enrolFromCamera.getDisplay().timerExec(CAMERA_CHECK_MS, this::checkCameras);
    }

    private void enrolFromCamera() {
        Long personId = form.personId();
        Actor acting = actor;
        Background.run("Starting enrolment", table.getControl(), () -> enrollment.startCapture(acting, personId), capture -> {
            CameraEnrollmentDialog dialog = new CameraEnrollmentDialog(enrolFromCamera.getShell(), monitor, capture);
            if (dialog.open() == Window.OK) {
                message.info(EnrollmentSummary.ofShots(dialog.report()));
            }
        }, this::showFailure);
    }

    private void choosePhotos() {
        FileDialog dialog = new FileDialog(enrol.getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText("Photos of " + form.read().name());
        dialog.setFilterExtensions(new String[] { "*.jpg;*.jpeg;*.png;*.bmp", "*" });
        dialog.setFilterNames(new String[] { "Photos", "All files" });
        if (dialog.open() != null) {
            enrolPhotos(Arrays.stream(dialog.getFileNames()).map(name -> Path.of(dialog.getFilterPath(), name)).toList());
        }
    }

    private void chooseImport() {
        FileDialog dialog = new FileDialog(importFile.getShell(), SWT.OPEN);
        dialog.setText("Import persons");
        dialog.setFilterExtensions(new String[] { "*.xlsx;*.csv", "*" });
        dialog.setFilterNames(new String[] { "Excel workbooks and CSV files", "All files" });
        String chosen = dialog.open();
        if (chosen != null) {
            importFile(Path.of(chosen));
        }
    }

    /** Reads the file, then lets the operator map its columns and check every row before anything is written. */
    void importFile(Path file) {
        Actor acting = actor;
        message.info("Reading " + file.getFileName() + "…");
        Background.run("Reading " + file.getFileName(), table.getControl(), () -> {
            try {
                return sheets.read(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e.getMessage(), e);
            }
        }, read -> {
            message.clear();
            ImportDialog dialog = new ImportDialog(importFile.getShell(), read, imports, acting);
            if (dialog.open() == Window.OK && dialog.preview() != null) {
                applyImport(dialog.preview(), dialog.sendPasses());
            }
        }, failure -> message.error(failure.getMessage()));
    }

    /** Writes the rows of a checked import that passed, e-mails the passes it issued when asked, and says what came of it. */
    void applyImport(ImportPreview preview, boolean sendPasses) {
        Actor acting = actor;
        Background.runWithProgress("Importing persons", table.getControl(), monitor -> {
            ImportResult result = imports.apply(acting, preview);
            int sent = 0;
            for (long passId : sendPasses ? result.passesIssued() : List.<Long>of()) {
                try {
                    sent += passes.email(acting, passId) > 0 ? 1 : 0;
                } catch (InvalidPassException e) {
                    // a visitor without an address gets their badge printed
                }
            }
            return new Imported(result, sent);
        }, done -> {
            ImportResult result = done.result();
            message.info("Imported from " + preview.source() + ": " + result.created() + " added, " + result.updated() + " updated, "
                    + result.unchanged() + " unchanged, " + result.rejected() + " refused" + (result.passesIssued().isEmpty() ? "."
                            : "; " + result.passesIssued().size() + (result.passesIssued().size() == 1 ? " pass" : " passes") + " issued, " + done.sent()
                                    + " e-mailed."));
            reload();
        }, this::showFailure);
    }

    /** An import written, and how many of its passes were e-mailed. */
    private record Imported(ImportResult result, int sent) {
    }

    private void chooseFolder() {
        DirectoryDialog dialog = new DirectoryDialog(enrolFolder.getShell());
        dialog.setText("Folder with one sub-folder per person");
        String chosen = dialog.open();
        if (chosen != null) {
            enrolFolder(Path.of(chosen));
        }
    }

    /** Enrols every person's sub-folder of {@code folder} and reports per person. */
    void enrolFolder(Path folder) {
        message.info("Enrolling the folder " + folder + "…");
        Actor acting = actor;
        Background.runWithProgress("Enrolling a folder", table.getControl(),
                monitor -> enrollment.enrollFolder(acting, folder, new MonitoredEnrollment(monitor)),
                reports -> message.info(EnrollmentSummary.ofFolder(reports)), this::showFailure);
    }

    /** Enrols the photos and reports each one that could not be used. */
    void enrolPhotos(List<Path> photos) {
        Long personId = form.personId();
        message.info("Enrolling " + photos.size() + (photos.size() == 1 ? " photo…" : " photos…"));
        Actor acting = actor;
        Background.runWithProgress("Enrolling faces", table.getControl(),
                monitor -> enrollment.enrollPhotos(acting, personId, photos, new MonitoredEnrollment(monitor)),
                report -> message.info(EnrollmentSummary.ofPhotos(report)), this::showFailure);
    }

    /** Reads the person's consent, then lets the operator record it (again) or withdraw it. */
    private void editConsent() {
        Person person = form.read();
        Long personId = form.personId();
        Actor acting = actor;
        Background.run("Reading the consent of " + person.name(), table.getControl(), () -> enrollment.consent(acting, personId), current -> {
            ConsentDialog dialog = new ConsentDialog(consent.getShell(), person.name(), current);
            if (dialog.open() != Window.OK) {
                return;
            }
            if (dialog.choice() instanceof ConsentDialog.Record record) {
                Background.run("Recording consent", table.getControl(), () -> enrollment.recordConsent(acting, personId, record.text()),
                        given -> message.info("Consent of " + person.name() + " recorded: their face can be enrolled."), this::showFailure);
            } else {
                Background.run("Withdrawing consent", table.getControl(), () -> enrollment.withdrawConsent(acting, personId),
                        erased -> message.info("Consent of " + person.name() + " withdrawn; " + count(erased, "face template") + " erased."),
                        this::showFailure);
            }
        }, this::showFailure);
    }

    private void eraseFaceData() {
        Person person = form.read();
        if (!MessageDialog.openConfirm(erase.getShell(), "Erase face data",
                "Erase every face template of " + person.name() + "? They will no longer be recognised at the gate.")) {
            return;
        }
        Actor acting = actor;
        Background.run("Erasing face data", table.getControl(), () -> enrollment.erase(acting, person.id()),
                erased -> message.info("Erased " + erased + (erased == 1 ? " face template of " : " face templates of ") + person.name() + "."),
                this::showFailure);
    }

    private void chooseExport() {
        FileDialog dialog = new FileDialog(exportData.getShell(), SWT.SAVE);
        dialog.setText("Export the data of " + form.read().name());
        dialog.setFilterExtensions(new String[] { "*.zip" });
        dialog.setFileName(form.read().name().replaceAll("[^\\p{L}\\p{N}]+", "-") + "-data.zip");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            exportShownPerson(Path.of(chosen));
        }
    }

    /** Writes the data of the person in the form to {@code zip} and says what it holds. */
    void exportShownPerson(Path zip) {
        Long personId = form.personId();
        Actor acting = actor;
        Background.run("Exporting a person's data", table.getControl(), () -> {
            try {
                return personData.export(acting, personId, zip);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Not exported: " + e.getMessage(), e);
            }
        }, exported -> message.info("Exported the data of " + exported.name() + " to " + zip + ": " + count(exported.events(), "event") + ", "
                + count(exported.pictures(), "picture") + ", " + count(exported.passes(), "pass") + ", " + count(exported.consents(), "consent")
                + ", " + count(exported.templates(), "face template") + " counted."), this::showFailure);
    }

    /** Asks the operator to confirm what goes and what stays, then erases the person shown. */
    private void erasePerson() {
        Person person = form.read();
        if (MessageDialog.openConfirm(erasePerson.getShell(), "Erase person", "Erase " + person.name() + " and everything Gatepass holds of them:"
                + " face data, consents, pictures, passes, presence and notifications? Their past movements stay for the site's counts but name"
                + " nobody. This cannot be undone.")) {
            eraseShownPerson();
        }
    }

    /** Erases the person in the form and says what went. */
    void eraseShownPerson() {
        Long personId = form.personId();
        Actor acting = actor;
        Background.run("Erasing a person", table.getControl(), () -> personData.erase(acting, personId), erased -> {
            startNew(); // clears the message line: the report comes after
            reload();
            message.info("Erased " + erased.name() + ": " + count(erased.templates(), "face template") + ", " + count(erased.pictures(), "picture")
                    + ", " + count(erased.passes(), "pass") + ", " + count(erased.notifications(), "notification") + "; "
                    + count(erased.eventsAnonymised(), "event") + " kept, naming nobody.");
        }, this::showFailure);
    }

    /** "1 picture", "3 pictures", "2 passes". */
    private static String count(int n, String one) {
        return n + " " + (n == 1 ? one : one.endsWith("s") ? one + "es" : one + "s");
    }

    /** After a change of recognition model, people enrolled only with the old one are unknown at the gate. */
    private void tellWhoMustEnrolAgain() {
        if (enrollment != null && actor.can(Permission.ENROL_FACES)) {
            Actor acting = actor;
            Background.run("Counting persons to enrol again", table.getControl(), () -> enrollment.countPersonsToEnrolAgain(acting), count -> {
                if (count > 0) {
                    message.error(count + (count == 1 ? " person was" : " persons were") + " enrolled with another face model only"
                            + " and will not be recognised until enrolled again.");
                }
            }, e -> message.error(e.getMessage()));
        }
    }

    private void showFailure(RuntimeException e) {
        if (e instanceof InvalidPersonException invalid) {
            message.error(String.join("\n", invalid.problems()));
        } else {
            message.error(e.getMessage());
        }
    }
}
