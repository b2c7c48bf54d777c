package org.gatepass.ui.log;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.gatepass.core.event.EventLogEntry;

/** Reaches into the open attendance log for tests: the rows it shows, as the table reads them. */
public final class AttendanceLogParts {
    private AttendanceLogParts() {
    }

    /** A row of the open log as the table reads it, null while loading (UI thread only). */
    public static EventLogEntry row(MApplication application, int row) {
        MPart part = application.getContext().get(EModelService.class)
                .findElements(application, "org.gatepass.part.attendancelog", MPart.class).get(0);
        return ((AttendanceLogPart) part.getObject()).pages().entry(row);
    }
}
