package org.gatepass.ui.persons;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/** Drives the Persons view's enrolment for tests, past the file chooser (UI thread only). */
public final class PersonsParts {
    private PersonsParts() {
    }

    /** As if the photos were chosen after pressing Enrol photos… for the person in the form. */
    public static void enrolPhotos(MApplication application, List<Path> photos) {
        MPart part = application.getContext().get(EModelService.class).findElements(application, "org.gatepass.part.persons", MPart.class)
                .get(0);
        ((PersonsPart) part.getObject()).enrolPhotos(photos);
    }
}
