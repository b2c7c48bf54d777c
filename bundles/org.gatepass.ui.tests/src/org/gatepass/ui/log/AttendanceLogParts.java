package org.gatepass.ui.log;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.gatepass.core.event.EventLogEntry;

/** Reaches into the open attendance log for tests: the rows it shows, as the table reads them. */
public final class AttendanceLogParts {
    private AttendanceLogParts() {
    }

    /** Makes the log the active part, as a click on its tab does. */
    public static void activate(MApplication application) {
        application.getContext().get(EPartService.class).activate(part(application));
    }

    /** A row of the open log as the table reads it, null while loading (UI thread only). */
    public static EventLogEntry row(MApplication application, int row) {
        return ((AttendanceLogPart) part(application).getObject()).pages().entry(row);
    }

    private static MPart part(MApplication application) {
        return application.getContext().get(EModelService.class).findElements(application, "org.gatepass.part.attendancelog", MPart.class)
                .get(0);
    }
}
