package org.gatepass.core.internal.report;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gatepass.core.report.ChartSeries;
import org.gatepass.core.report.ColumnKind;
import org.gatepass.core.report.HourlyMovements;
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

/** Entries and exits per hour, as a bar chart over the table of hours. */
@Component(service = ReportDefinition.class)
public final class MovementsPerHourReport implements ReportDefinition {
    private static final List<ReportColumn> COLUMNS = List.of(new ReportColumn("Hour", ColumnKind.DATE_TIME), new ReportColumn("In", ColumnKind.NUMBER),
            new ReportColumn("Out", ColumnKind.NUMBER));

    private final ReportService reports;

    @Activate
    public MovementsPerHourReport(@Reference ReportService reports) {
        this.reports = reports;
    }

    @Override
    public String id() {
        return "movements-per-hour";
    }

    @Override
    public String title() {
        return "Entries and exits per hour";
    }

    @Override
    public Set<ReportParameter> parameters() {
        return EnumSet.of(ReportParameter.DAYS, ReportParameter.CATEGORY, ReportParameter.PLACE);
    }

    @Override
    public int position() {
        return 20;
    }

    @Override
    public ReportTable run(Actor actor, ReportRequest request) {
        List<HourlyMovements> hours = reports.movementsPerHour(actor, request.query());
        List<List<Object>> rows = hours.stream().map(h -> List.<Object>of(h.hour(), h.ins(), h.outs())).toList();
        boolean oneDay = request.query().from().equals(request.query().to());
        List<String> labels = hours.stream().map(h -> oneDay ? h.hour().getHour() + "h" : h.hour().getDayOfMonth() + " " + h.hour().getHour() + "h").toList();
        ReportChart chart = new ReportChart("Entries and exits per hour", "Hour", "Movements", labels,
                List.of(new ChartSeries("In", hours.stream().map(HourlyMovements::ins).toList()),
                        new ChartSeries("Out", hours.stream().map(HourlyMovements::outs).toList())));
        long ins = hours.stream().mapToLong(HourlyMovements::ins).sum();
        long outs = hours.stream().mapToLong(HourlyMovements::outs).sum();
        return new ReportTable(title(), RequestWords.days(request.query(), true), COLUMNS, rows, chart, RequestWords.count(ins, "entry", "entries") + " and " + RequestWords.count(outs, "exit", "exits") + ".");
    }
}
