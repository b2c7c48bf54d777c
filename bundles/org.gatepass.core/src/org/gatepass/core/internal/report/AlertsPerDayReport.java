package org.gatepass.core.internal.report;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gatepass.core.report.ChartSeries;
import org.gatepass.core.report.ColumnKind;
import org.gatepass.core.report.DailyAlerts;
import org.gatepass.core.report.ReportChart;
import org.gatepass.core.report.ReportColumn;
import org.gatepass.core.report.ReportDefinition;
import org.gatepass.core.report.ReportParameter;
import org.gatepass.core.report.ReportRequest;
import org.gatepass.core.report.ReportService;
import org.gatepass.core.report.ReportTable;
import org.gatepass.core.security.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Unknown faces (and the strangers they were), and other refusals, per day. */
@Component(service = ReportDefinition.class)
public final class AlertsPerDayReport implements ReportDefinition {
    private static final List<ReportColumn> COLUMNS = List.of(new ReportColumn("Day", ColumnKind.DATE), new ReportColumn("Unknown faces", ColumnKind.NUMBER),
            new ReportColumn("Strangers", ColumnKind.NUMBER), new ReportColumn("Other refusals", ColumnKind.NUMBER));

    private final ReportService reports;

    @Activate
    public AlertsPerDayReport(@Reference ReportService reports) {
        this.reports = reports;
    }

    @Override
    public String id() {
        return "alerts-per-day";
    }

    @Override
    public String title() {
        return "Unknown faces and refusals per day";
    }

    @Override
    public Set<ReportParameter> parameters() {
        return EnumSet.of(ReportParameter.DAYS, ReportParameter.PLACE);
    }

    @Override
    public int position() {
        return 50;
    }

    @Override
    public ReportTable run(Actor actor, ReportRequest request) {
        List<DailyAlerts> days = reports.alertsPerDay(actor, request.query());
        List<List<Object>> rows = days.stream().map(d -> List.<Object>of(d.day(), d.unknownFaces(), d.strangers(), d.refusals())).toList();
        ReportChart chart = new ReportChart("Alerts per day", "Day", "Alerts", days.stream().map(d -> RequestWords.SHORT_DAY.format(d.day())).toList(),
                List.of(new ChartSeries("Unknown faces", days.stream().map(DailyAlerts::unknownFaces).toList()),
                        new ChartSeries("Other refusals", days.stream().map(DailyAlerts::refusals).toList())));
        return new ReportTable(title(), RequestWords.days(request.query(), false), COLUMNS, rows, chart,
                RequestWords.count(days.stream().mapToLong(DailyAlerts::unknownFaces).sum(), "unknown face", "unknown faces") + ", "
                        + RequestWords.count(days.stream().mapToLong(DailyAlerts::refusals).sum(), "other refusal", "other refusals") + ".");
    }
}
