package org.gatepass.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.report.AttendanceRow;
import org.gatepass.core.report.CameraRefusals;
import org.gatepass.core.report.DailyAlerts;
import org.gatepass.core.report.HourlyMovements;
import org.gatepass.core.report.PresentRow;
import org.gatepass.core.report.ReportQuery;
import org.gatepass.core.report.ReportService;
import org.gatepass.core.security.AccessControl;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;
import org.gatepass.core.storage.ReportRepository;
import org.gatepass.core.storage.ReportRepository.AlertCount;
import org.gatepass.core.storage.ReportRepository.Period;
import org.gatepass.core.storage.ReportRepository.PeriodCount;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Turns a report's local days into UTC periods (a day of 23 or 25 hours where the clocks change) and lets the
 * database aggregate the events of each.
 */
@Component(service = ReportService.class)
public final class DefaultReportService implements ReportService {
    /** Hour by hour, a report covers at most this many days. */
    static final int MAX_HOURLY_DAYS = 62;

    private final ReportRepository reports;
    private final AccessControl access;

    @Activate
    public DefaultReportService(@Reference ReportRepository reports, @Reference AccessControl access) {
        this.reports = reports;
        this.access = access;
    }

    @Override
    public List<AttendanceRow> attendance(Actor actor, ReportQuery query) {
        access.require(actor, Permission.VIEW_LOG);
        return reports.attendance(days(query), query.categories(), query.cameraId());
    }

    private static List<Period> days(ReportQuery query) {
        List<Period> days = new ArrayList<>();
        for (LocalDate day = query.from(); !day.isAfter(query.to()); day = day.plusDays(1)) {
            days.add(new Period(day.toString(), day.atStartOfDay(query.zone()).toInstant(), day.plusDays(1).atStartOfDay(query.zone()).toInstant()));
        }
        return days;
    }

    @Override
    public List<HourlyMovements> movementsPerHour(Actor actor, ReportQuery query) {
        access.require(actor, Permission.VIEW_LOG);
        if (ChronoUnit.DAYS.between(query.from(), query.to()) >= MAX_HOURLY_DAYS) {
            throw new IllegalArgumentException("Hour by hour, a report covers at most " + MAX_HOURLY_DAYS + " days");
        }
        Instant end = query.to().plusDays(1).atStartOfDay(query.zone()).toInstant();
        List<Period> hours = new ArrayList<>();
        for (Instant hour = query.from().atStartOfDay(query.zone()).toInstant(); hour.isBefore(end); hour = hour.plus(1, ChronoUnit.HOURS)) {
            hours.add(new Period(hour.toString(), hour, hour.plus(1, ChronoUnit.HOURS)));
        }
        Map<String, PeriodCount> counted = reports.movements(hours, query.categories(), query.cameraId()).stream()
                .collect(Collectors.toMap(PeriodCount::label, Function.identity()));
        return hours.stream().map(h -> {
            PeriodCount count = counted.get(h.label());
            return new HourlyMovements(LocalDateTime.ofInstant(h.start(), query.zone()), count == null ? 0 : count.ins(),
                    count == null ? 0 : count.outs());
        }).toList();
    }

    @Override
    public List<EventLogEntry> history(Actor actor, long personId, ReportQuery query) {
        access.require(actor, Permission.VIEW_LOG);
        return reports.history(personId, query.from().atStartOfDay(query.zone()).toInstant(),
                query.to().plusDays(1).atStartOfDay(query.zone()).toInstant(), query.cameraId(), HISTORY_LIMIT);
    }

    @Override
    public List<PresentRow> presentAt(Actor actor, Instant moment, Set<PersonCategory> categories, String cameraId) {
        access.require(actor, Permission.VIEW_PRESENCE);
        return reports.presentAt(moment, categories == null ? Set.of() : categories, cameraId == null || cameraId.isBlank() ? null : cameraId.strip());
    }

    @Override
    public List<CameraRefusals> refusalsPerDay(Actor actor, ReportQuery query) {
        access.require(actor, Permission.VIEW_LOG);
        return reports.refusals(days(query), query.cameraId()).stream()
                .map(c -> new CameraRefusals(LocalDate.parse(c.label()), c.cameraId(), c.count())).toList();
    }

    @Override
    public List<DailyAlerts> alertsPerDay(Actor actor, ReportQuery query) {
        access.require(actor, Permission.VIEW_LOG);
        List<Period> days = days(query);
        Map<String, AlertCount> counted = reports.alerts(days, query.cameraId()).stream()
                .collect(Collectors.toMap(AlertCount::label, Function.identity()));
        return days.stream().map(d -> {
            AlertCount count = counted.getOrDefault(d.label(), new AlertCount(d.label(), 0, 0, 0));
            return new DailyAlerts(LocalDate.parse(d.label()), count.unknownFaces(), count.strangers(), count.refusals());
        }).toList();
    }
}
