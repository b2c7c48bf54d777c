package org.gatepass.ui.reports;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.widgets.Display;
import org.gatepass.core.report.ReportDefinition;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The reports registered now, Gatepass's and plug-ins', in list order; tells the view on the UI thread when one comes
 * or goes (an extension installed or removed while the workbench runs).
 */
final class ReportCatalog {
    private static final Comparator<ReportDefinition> ORDER = Comparator.comparingInt(ReportDefinition::position).thenComparing(ReportDefinition::title);

    private final List<ReportDefinition> reports = new CopyOnWriteArrayList<>();
    private final ServiceTracker<ReportDefinition, ReportDefinition> tracker;

    ReportCatalog(Display display, Runnable changed) {
        BundleContext context = FrameworkUtil.getBundle(ReportCatalog.class).getBundleContext();
        tracker = new ServiceTracker<>(context, ReportDefinition.class, null) {
            @Override
            public ReportDefinition addingService(ServiceReference<ReportDefinition> reference) {
                ReportDefinition report = context.getService(reference);
                reports.add(report);
                display.asyncExec(changed);
                return report;
            }

            @Override
            public void removedService(ServiceReference<ReportDefinition> reference, ReportDefinition report) {
                reports.remove(report);
                context.ungetService(reference);
                display.asyncExec(changed);
            }
        };
        tracker.open();
    }

    List<ReportDefinition> reports() {
        return reports.stream().sorted(ORDER).toList();
    }

    void close() {
        tracker.close();
    }
}
