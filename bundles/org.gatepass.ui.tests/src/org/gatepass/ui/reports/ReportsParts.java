package org.gatepass.ui.reports;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.gatepass.core.report.AttendanceRow;
import org.gatepass.core.report.HourlyMovements;

/** Reads what the Reports view shows, for tests (UI thread only). */
public final class ReportsParts {
    private ReportsParts() {
    }

    public static List<AttendanceRow> attendance(MApplication application) {
        var shown = part(application).shown();
        return shown == null ? List.of() : shown.attendance();
    }

    public static List<HourlyMovements> hours(MApplication application) {
        var shown = part(application).shown();
        return shown == null ? List.of() : shown.hours();
    }

    private static ReportsPart part(MApplication application) {
        MPart part = application.getContext().get(EModelService.class).findElements(application, "org.gatepass.part.reports", MPart.class)
                .get(0);
        return (ReportsPart) part.getObject();
    }
}
