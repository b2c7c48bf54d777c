package org.gatepass.ui.visitors;

import java.time.Instant;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.gatepass.core.pass.PassListing;
import org.gatepass.core.person.Person;

/** Drives the Visitors view for tests, past its dialogs (UI thread only). */
public final class VisitorsParts {
    private VisitorsParts() {
    }

    public static List<PassListing> shown(MApplication application) {
        return part(application).shown();
    }

    /** As if the New pass dialog was filled in and confirmed, "E-mail the pass" ticked or not. */
    public static void issue(MApplication application, Person visitor, String purpose, Instant from, Instant until, List<String> cameras,
            boolean send) {
        part(application).issue(new NewPassDialog.Request(visitor, purpose, from, until, cameras, send));
    }

    /** As E-mail pass does for the pass chosen. */
    public static void email(MApplication application, PassListing pass) {
        part(application).email(pass);
    }

    public static void revoke(MApplication application, PassListing pass, String reason) {
        part(application).revoke(pass, reason);
    }

    private static VisitorsPart part(MApplication application) {
        MPart part = application.getContext().get(EModelService.class).findElements(application, "org.gatepass.part.visitors", MPart.class)
                .get(0);
        return (VisitorsPart) part.getObject();
    }
}
