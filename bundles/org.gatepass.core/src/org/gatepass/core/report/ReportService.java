package org.gatepass.core.report;

import java.util.List;

import org.gatepass.core.security.Actor;

/** Reports for the people who read the log (VIEW_LOG): computed in the database, whatever the number of events. */
public interface ReportService {

    /** One row per person and day they moved, by day then name. */
    List<AttendanceRow> attendance(Actor actor, ReportQuery query);

    /** Every hour of the range, with its In and Out counts (zero where nothing happened), in order. */
    List<HourlyMovements> movementsPerHour(Actor actor, ReportQuery query);
}
