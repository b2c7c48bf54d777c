package org.gatepass.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gatepass.core.access.Gate;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.report.AttendanceRow;
import org.gatepass.core.report.CameraRefusals;
import org.gatepass.core.report.DailyAlerts;
import org.gatepass.core.report.HourlyMovements;
import org.gatepass.core.report.PresentRow;
import org.gatepass.core.report.ReportPlace;
import org.gatepass.core.report.ReportQuery;
import org.gatepass.core.report.ReportService;
import org.gatepass.core.security.AccessControl;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;
import org.gatepass.core.storage.AccessRepository;
import org.gatepass.core.storage.ReportRepository;
import org.gatepass.core.storage.ReportRepository.AlertCount;
import org.gatepass.core.storage.ReportRepository.Period;
import org.gatepass.core.storage.ReportRepository.PeriodCount;
import org.gatepass.core.storage.ReportRepository.Where;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Turns a report's local days into UTC periods (a day of 23 or 25 hours where the clocks change) and its place into
 * cameras and an area as the access rules have them now, and lets the database aggregate the events of each.
 */
@Component(service = ReportService.class)
public final class DefaultReportService implements ReportService {
    /** Hour by hour, a report covers at most this many days. */
    static final int MAX_HOURLY_DAYS = 62;

    private final ReportRepository reports;
    private final AccessControl access;
    private final AccessRepository rules;

    @Activate
    public DefaultReportService(@Reference ReportRepository reports, @Reference AccessControl access, @Reference AccessRepository rules) {
        this.reports = reports;
        this.access = access;
        this.rules = rules;
    }

    /** The place's cameras (a gate's, narrowed to the camera when one is given too) and the area it belongs to. */
    private Where where(ReportPlace place) {
        if (place.isSite()) {
            return Where.SITE;
        }
        List<Gate> gates = rules.setup().gates();
        Optional<Gate> gate;
        if (place.gate() != null) {
            gate = Optional.of(gates.stream().filter(g -> g.name().equalsIgnoreCase(place.gate())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("There is no gate called " + place.gate()
                            + (gates.isEmpty() ? "; no gates are set up." : "; the gates are " + String.join(", ", gateNames(gates)) + "."))));
        } else {
            gate = gates.stream().filter(g -> g.cameras().contains(place.cameraId())).findFirst();
        }
        Set<String> cameras = place.cameraId() == null ? gate.orElseThrow().cameras()
                : gate.map(g -> g.cameras().contains(place.cameraId())).orElse(true) ? Set.of(place.cameraId()) : Set.of();
        return new Where(cameras, gate.map(Gate::area).orElse(""));
    }

    private static List<String> gateNames(List<Gate> gates) {
        return gates.stream().map(Gate::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    @Override
    public List<String> gates(Actor actor) {
        access.require(actor, Permission.VIEW_LOG);
        return gateNames(rules.setup().gates());
    }

    @Override
    public List<AttendanceRow> attendance(Actor actor, ReportQuery query) {
        access.require(actor, Permission.VIEW_LOG);
        return reports.attendance(days(query), query.categories(), where(query.place()));
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
        Map<String, PeriodCount> counted = reports.movements(hours, query.categories(), where(query.place())).stream()
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
                query.to().plusDays(1).atStartOfDay(query.zone()).toInstant(), where(query.place()), HISTORY_LIMIT);
    }

    @Override
    public List<PresentRow> presentAt(Actor actor, Instant moment, Set<PersonCategory> categories, ReportPlace place) {
        access.require(actor, Permission.VIEW_PRESENCE);
        return reports.presentAt(moment, categories == null ? Set.of() : categories, where(place == null ? ReportPlace.SITE : place));
    }

    @Override
    public List<CameraRefusals> refusalsPerDay(Actor actor, ReportQuery query) {
        access.require(actor, Permission.VIEW_LOG);
        return reports.refusals(days(query), where(query.place())).stream()
                .map(c -> new CameraRefusals(LocalDate.parse(c.label()), c.cameraId(), c.refused(), c.passback())).toList();
    }

    @Override
    public List<DailyAlerts> alertsPerDay(Actor actor, ReportQuery query) {
        access.require(actor, Permission.VIEW_LOG);
        List<Period> days = days(query);
        Map<String, AlertCount> counted = reports.alerts(days, where(query.place())).stream()
                .collect(Collectors.toMap(AlertCount::label, Function.identity()));
        return days.stream().map(d -> {
            AlertCount count = counted.getOrDefault(d.label(), new AlertCount(d.label(), 0, 0, 0));
            return new DailyAlerts(LocalDate.parse(d.label()), count.unknownFaces(), count.strangers(), count.refusals());
        }).toList();
    }
}
