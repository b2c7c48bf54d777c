package org.gatepass.ui.audit;

import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/** Drives the Audit view's export for tests, past the native file chooser (UI thread only). */
public final class AuditParts {
    private AuditParts() {
    }

    /** As if {@code file} was chosen after pressing Export CSV…. */
    public static void export(MApplication application, Path file) {
        MPart part = application.getContext().get(EModelService.class).findElements(application, "org.gatepass.part.audit", MPart.class)
                .get(0);
        ((AuditPart) part.getObject()).export(file);
    }
}
