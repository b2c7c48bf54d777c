package org.gatepass.core.storage;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.report.AttendanceRow;
import org.gatepass.core.report.PresentRow;

/** The report queries (SPI, implemented by the persistence bundle); every aggregate is computed by the database. */
public interface ReportRepository {

    /** A half-open UTC interval {@code [start, end)} with its label: a local day, or a local hour. */
    record Period(String label, Instant start, Instant end) {
    }

    /**
     * The cameras a report counts: {@code cameras}, or when null every camera (for attendance, movements and presence:
     * every camera of the site, not those of gates into an area). {@code area} is whose presence a moment's report walks:
     * blank for the site's.
     */
    record Where(Set<String> cameras, String area) {
        public static final Where SITE = new Where(null, "");

        public Where {
            cameras = cameras == null ? null : Set.copyOf(cameras);
            area = area == null ? "" : area;
        }
    }

    /**
     * First In and last Out per person and day, for admitted movements; {@code days} labels are ISO local dates.
     * Categories empty: all.
     */
    List<AttendanceRow> attendance(List<Period> days, Collection<PersonCategory> categories, Where where);

    /** In and Out counts per period (hours); periods without movements are left out. */
    List<PeriodCount> movements(List<Period> hours, Collection<PersonCategory> categories, Where where);

    /** A period's In and Out counts. */
    record PeriodCount(String label, long ins, long outs) {
    }

    /** One person's events in {@code [start, end)}, oldest first, at most {@code limit}. */
    List<EventLogEntry> history(long personId, Instant start, Instant end, Where where, int limit);

    /**
     * Persons whose last admitted movement into or out of the area, at or before {@code moment}, was an In, by name;
     * with cameras, only those who came in by one of them. Categories empty: all.
     */
    List<PresentRow> presentAt(Instant moment, Collection<PersonCategory> categories, Where where);

    /** Unknown faces, distinct strangers and other refusals per period (days); periods without alerts are left out. */
    List<AlertCount> alerts(List<Period> days, Where where);

    /** Refused entries (ACCESS_REFUSED) and anti-passback alerts per period (days) and camera; pairs without any are left out. */
    List<CameraCount> refusals(List<Period> days, Where where);

    /** A period's refused entries and anti-passback alerts at one camera. */
    record CameraCount(String label, String cameraId, long refused, long passback) {
    }

    /** A period's alert counts. */
    record AlertCount(String label, long unknownFaces, long strangers, long refusals) {
    }
}
