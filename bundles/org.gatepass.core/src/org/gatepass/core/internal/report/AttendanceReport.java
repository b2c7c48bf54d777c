package org.gatepass.core.internal.report;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gatepass.core.report.ColumnKind;
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

/** Daily attendance: first in, last out and time on site per person and day. */
@Component(service = ReportDefinition.class)
public final class AttendanceReport implements ReportDefinition {
    private static final List<ReportColumn> COLUMNS = List.of(new ReportColumn("Day", ColumnKind.DATE), new ReportColumn("Name", ColumnKind.TEXT),
            new ReportColumn("ID", ColumnKind.TEXT), new ReportColumn("Category", ColumnKind.TEXT), new ReportColumn("First in", ColumnKind.TIME),
            new ReportColumn("Last out", ColumnKind.TIME), new ReportColumn("On site", ColumnKind.DURATION));

    private final ReportService reports;

    @Activate
    public AttendanceReport(@Reference ReportService reports) {
        this.reports = reports;
    }

    @Override
    public String id() {
        return "attendance";
    }

    @Override
    public String title() {
        return "Daily attendance";
    }

    @Override
    public Set<ReportParameter> parameters() {
        return EnumSet.of(ReportParameter.DAYS, ReportParameter.CATEGORY, ReportParameter.PLACE);
    }

    @Override
    public int position() {
        return 10;
    }

    @Override
    public ReportTable run(Actor actor, ReportRequest request) {
        ZoneId zone = request.query().zone();
        List<List<Object>> rows = reports.attendance(actor, request.query()).stream()
                .map(r -> Arrays.<Object>asList(r.day(), r.name(), r.externalId(), r.category().label(), localTime(r.firstIn(), zone),
                        localTime(r.lastOut(), zone), r.onSite()))
                .toList();
        return new ReportTable(title(), RequestWords.days(request.query(), true), COLUMNS, rows, null, null);
    }

    static LocalTime localTime(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalTime.ofInstant(instant, zone).withNano(0);
    }
}
