package org.gatepass.core.internal.report;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.gatepass.core.access.Gate;
import org.gatepass.core.report.CameraRefusals;
import org.gatepass.core.report.ChartSeries;
import org.gatepass.core.report.ColumnKind;
import org.gatepass.core.report.ReportChart;
import org.gatepass.core.report.ReportColumn;
import org.gatepass.core.report.ReportDefinition;
import org.gatepass.core.report.ReportParameter;
import org.gatepass.core.report.ReportRequest;
import org.gatepass.core.report.ReportService;
import org.gatepass.core.report.ReportTable;
import org.gatepass.core.security.Actor;
import org.gatepass.core.storage.AccessRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Entries refused at restricted gates and anti-passback alerts, per gate and day: the cameras' counts summed by the gate
 * each camera watches now (a camera of no gate is listed on its own).
 */
@Component(service = ReportDefinition.class)
public final class RefusalsPerGateReport implements ReportDefinition {
    private static final List<ReportColumn> COLUMNS = List.of(new ReportColumn("Day", ColumnKind.DATE), new ReportColumn("Gate", ColumnKind.TEXT),
            new ReportColumn("Refused entries", ColumnKind.NUMBER), new ReportColumn("Anti-passback", ColumnKind.NUMBER));

    private final ReportService reports;
    private final AccessRepository access;

    @Activate
    public RefusalsPerGateReport(@Reference ReportService reports, @Reference AccessRepository access) {
        this.reports = reports;
        this.access = access;
    }

    @Override
    public String id() {
        return "refusals-per-gate";
    }

    @Override
    public String title() {
        return "Refused entries per gate and day";
    }

    @Override
    public Set<ReportParameter> parameters() {
        return EnumSet.of(ReportParameter.DAYS, ReportParameter.PLACE);
    }

    @Override
    public int position() {
        return 60;
    }

    @Override
    public ReportTable run(Actor actor, ReportRequest request) {
        List<CameraRefusals> counted = reports.refusalsPerDay(actor, request.query());
        Map<String, String> gateOfCamera = new LinkedHashMap<>();
        for (Gate gate : access.setup().gates()) {
            gate.cameras().forEach(camera -> gateOfCamera.put(camera, gate.name()));
        }
        Map<LocalDate, Map<String, long[]>> byDay = new TreeMap<>();
        for (CameraRefusals c : counted) {
            long[] sums = byDay.computeIfAbsent(c.day(), d -> new TreeMap<>())
                    .computeIfAbsent(gateOfCamera.getOrDefault(c.cameraId(), "camera " + c.cameraId()), g -> new long[2]);
            sums[0] += c.refused();
            sums[1] += c.passback();
        }
        List<List<Object>> rows = byDay.entrySet().stream().flatMap(day -> day.getValue().entrySet().stream()
                .map(gate -> List.<Object>of(day.getKey(), gate.getKey(), gate.getValue()[0], gate.getValue()[1]))).toList();
        List<LocalDate> days = request.query().from().datesUntil(request.query().to().plusDays(1)).toList();
        ReportChart chart = new ReportChart("Refused entries and anti-passback alerts per day", "Day", "Count",
                days.stream().map(RequestWords.SHORT_DAY::format).toList(), List.of(series("Refused entries", days, byDay, 0),
                        series("Anti-passback", days, byDay, 1)));
        long refused = counted.stream().mapToLong(CameraRefusals::refused).sum();
        long passback = counted.stream().mapToLong(CameraRefusals::passback).sum();
        return new ReportTable(title(), RequestWords.days(request.query(), false), COLUMNS, rows, chart,
                RequestWords.count(refused, "refused entry", "refused entries") + ", "
                        + RequestWords.count(passback, "anti-passback alert", "anti-passback alerts") + ".");
    }

    private static ChartSeries series(String name, List<LocalDate> days, Map<LocalDate, Map<String, long[]>> byDay, int which) {
        return new ChartSeries(name, days.stream().map(d -> byDay.getOrDefault(d, Map.of()).values().stream().mapToLong(sums -> sums[which]).sum()).toList());
    }
}
