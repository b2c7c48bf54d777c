package org.gatepass.ui.persons;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/** Drives the Persons view's enrolment and import for tests, past the file chooser and dialogs (UI thread only). */
public final class PersonsParts {
    private PersonsParts() {
    }

    /** As if the photos were chosen after pressing Enrol photos… for the person in the form. */
    public static void enrolPhotos(MApplication application, List<Path> photos) {
        part(application).enrolPhotos(photos);
    }

    /** As if the folder was chosen after pressing Enrol folder…. */
    public static void enrolFolder(MApplication application, Path folder) {
        part(application).enrolFolder(folder);
    }

    /** As if the file was chosen after pressing Import…: its dialog opens once the file is read. */
    public static void importFile(MApplication application, Path file) {
        part(application).importFile(file);
    }

    /** As if the import of a checked file was confirmed with Import in its dialog. */
    public static void applyImport(MApplication application, org.gatepass.core.importing.ImportPreview preview) {
        part(application).applyImport(preview, false);
    }

    /** As if {@code zip} was chosen after pressing Export data…. */
    public static void exportShownPerson(MApplication application, java.nio.file.Path zip) {
        part(application).exportShownPerson(zip);
    }

    /** As if Erase person… was confirmed for the person in the form. */
    public static void eraseShownPerson(MApplication application) {
        part(application).eraseShownPerson();
    }

    private static PersonsPart part(MApplication application) {
        MPart part = application.getContext().get(EModelService.class).findElements(application, "org.gatepass.part.persons", MPart.class)
                .get(0);
        return (PersonsPart) part.getObject();
    }
}
