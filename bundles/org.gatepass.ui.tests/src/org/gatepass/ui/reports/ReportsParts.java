package org.gatepass.ui.reports;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swtchart.ISeries;
import org.gatepass.core.report.ReportTable;
import org.gatepass.report.ExportFormat;

/** Drives and reads the Reports view, for tests (UI thread only). */
public final class ReportsParts {
    private ReportsParts() {
    }

    /** Picks the report with this id in the view's list; false when it is not listed. */
    public static boolean choose(MApplication application, String id) {
        return part(application).choose(id);
    }

    /** The titles the view lists, in order. */
    public static List<String> listed(MApplication application) {
        return List.of(part(application).reportList().getItems());
    }

    /** The table shown, or null before the first Show. */
    public static ReportTable shown(MApplication application) {
        var shown = part(application).shown();
        return shown == null ? null : shown.table();
    }

    /** The chart's series as drawn: name and values. */
    public static List<ISeries<?>> series(MApplication application) {
        return List.of(part(application).chart().getSeriesSet().getSeries());
    }

    public static void export(MApplication application, ExportFormat format) {
        part(application).exportAs(format);
    }

    public static void print(MApplication application, PrinterData printer) {
        part(application).print(printer);
    }

    private static ReportsPart part(MApplication application) {
        MPart part = application.getContext().get(EModelService.class).findElements(application, "org.gatepass.part.reports", MPart.class)
                .get(0);
        return (ReportsPart) part.getObject();
    }
}
