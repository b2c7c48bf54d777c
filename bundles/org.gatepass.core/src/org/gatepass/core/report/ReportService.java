package org.gatepass.core.report;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.security.Actor;

/**
 * Reports over the stored events, computed in the database whatever their number. Attendance, movements, histories
 * and alerts need VIEW_LOG; presence at a moment needs VIEW_PRESENCE.
 */
public interface ReportService {
    /** A person's history lists at most this many events; the newest beyond it are left out. */
    int HISTORY_LIMIT = 10_000;

    /** One row per person and day they moved, by day then name. */
    List<AttendanceRow> attendance(Actor actor, ReportQuery query);

    /** Every hour of the range, with its In and Out counts (zero where nothing happened), in order. */
    List<HourlyMovements> movementsPerHour(Actor actor, ReportQuery query);

    /**
     * Every event of one person in the range (refusals and alerts included), oldest first, at most
     * {@link #HISTORY_LIMIT}; the query's categories do not apply, its place does.
     */
    List<EventLogEntry> history(Actor actor, long personId, ReportQuery query);

    /**
     * Who was inside at {@code moment}: everybody whose last admitted movement up to then was an In, by name. Inside
     * the site, or inside the area a chosen gate (or a chosen camera's gate) leads into; a gate or camera chosen also
     * keeps only those who came in by it.
     */
    List<PresentRow> presentAt(Actor actor, Instant moment, Set<PersonCategory> categories, ReportPlace place);

    /** The names of the gates a report can be limited to, sorted. */
    List<String> gates(Actor actor);

    /** Refused entries and anti-passback alerts per day and camera (only those with any), by day then camera. */
    List<CameraRefusals> refusalsPerDay(Actor actor, ReportQuery query);

    /** Every day of the range with its alerts (zero where there were none); the query's categories do not apply. */
    List<DailyAlerts> alertsPerDay(Actor actor, ReportQuery query);
}
