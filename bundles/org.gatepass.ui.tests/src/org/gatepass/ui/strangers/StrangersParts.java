package org.gatepass.ui.strangers;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.gatepass.core.person.Person;
import org.gatepass.core.stranger.Stranger;

/** Drives the unknown-face gallery for tests, past its dialogs (UI thread only). */
public final class StrangersParts {
    private StrangersParts() {
    }

    public static List<Stranger> shown(MApplication application) {
        return part(application).shown();
    }

    public static boolean showsPicture(MApplication application, long strangerId) {
        return part(application).showsPicture(strangerId);
    }

    public static void thisWas(MApplication application, Stranger stranger, Person person) {
        part(application).thisWas(stranger, person);
    }

    public static void enrol(MApplication application, Stranger stranger, Person person) {
        part(application).enrol(stranger, person, org.gatepass.core.biometric.Consent.STANDARD_TEXT);
    }

    private static StrangersPart part(MApplication application) {
        MPart part = application.getContext().get(EModelService.class).findElements(application, "org.gatepass.part.strangers", MPart.class)
                .get(0);
        return (StrangersPart) part.getObject();
    }
}
