package org.gatepass.core.internal.report;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gatepass.core.report.ColumnKind;
import org.gatepass.core.report.PresentRow;
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

/** Who was inside at a chosen moment, from the stored movements: the muster list of any past time. */
@Component(service = ReportDefinition.class)
public final class PresenceAtReport implements ReportDefinition {
    private static final List<ReportColumn> COLUMNS = List.of(new ReportColumn("Name", ColumnKind.TEXT), new ReportColumn("ID", ColumnKind.TEXT),
            new ReportColumn("Category", ColumnKind.TEXT), new ReportColumn("Came in by", ColumnKind.TEXT), new ReportColumn("Inside since", ColumnKind.DATE_TIME));

    private final ReportService reports;

    @Activate
    public PresenceAtReport(@Reference ReportService reports) {
        this.reports = reports;
    }

    @Override
    public String id() {
        return "presence-at";
    }

    @Override
    public String title() {
        return "Who was inside at a moment";
    }

    @Override
    public Set<ReportParameter> parameters() {
        return EnumSet.of(ReportParameter.MOMENT, ReportParameter.CATEGORY, ReportParameter.PLACE);
    }

    @Override
    public int position() {
        return 40;
    }

    @Override
    public ReportTable run(Actor actor, ReportRequest request) {
        if (request.moment() == null) {
            throw new IllegalArgumentException("Choose the day and time to look at.");
        }
        ZoneId zone = request.query().zone();
        List<PresentRow> inside = reports.presentAt(actor, request.moment().atZone(zone).toInstant(), request.query().categories(),
                request.query().place());
        List<List<Object>> rows = inside.stream().map(p -> List.<Object>of(p.name(), p.externalId() == null ? "" : p.externalId(), p.category().label(),
                p.cameraId(), LocalDateTime.ofInstant(p.since(), zone).withNano(0))).toList();
        return new ReportTable(title(), "Inside at " + RequestWords.MOMENT.format(request.moment()) + " · " + RequestWords.categories(request.query()) + " · "
                + RequestWords.place(request.query().place()), COLUMNS, rows, null, RequestWords.count(inside.size(), "person", "persons") + " inside.");
    }
}
