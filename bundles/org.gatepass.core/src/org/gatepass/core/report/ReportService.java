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
     * {@link #HISTORY_LIMIT}; the query's categories do not apply, its camera does.
     */
    List<EventLogEntry> history(Actor actor, long personId, ReportQuery query);

    /**
     * Who was inside at {@code moment}: everybody whose last admitted movement up to then was an In, by name;
     * {@code cameraId} (null for all) is the camera they came in by.
     */
    List<PresentRow> presentAt(Actor actor, Instant moment, Set<PersonCategory> categories, String cameraId);

    /** Entries refused at restricted gates, per day and camera (only those with any), by day then camera. */
    List<CameraRefusals> refusalsPerDay(Actor actor, ReportQuery query);

    /** Every day of the range with its alerts (zero where there were none); the query's categories do not apply. */
    List<DailyAlerts> alertsPerDay(Actor actor, ReportQuery query);
}
