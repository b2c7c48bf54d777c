package org.gatepass.ui.alerts;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.gatepass.core.alert.AlertGroup;

/** Reaches into the alerts desk for tests (UI thread only). */
public final class AlertsParts {
    private AlertsParts() {
    }

    public static MPart part(MApplication application) {
        return application.getContext().get(EModelService.class).findElements(application, "org.gatepass.part.alerts", MPart.class).get(0);
    }

    public static List<AlertGroup> shown(MApplication application) {
        return ((AlertsPart) part(application).getObject()).shown();
    }

    public static boolean showsPicture(MApplication application) {
        return ((AlertsPart) part(application).getObject()).showsPicture();
    }

    public static void select(MApplication application, String subject) {
        ((AlertsPart) part(application).getObject()).select(subject);
    }
}
