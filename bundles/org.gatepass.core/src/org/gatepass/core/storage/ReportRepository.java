package org.gatepass.core.storage;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

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
     * First In and last Out per person and day, for admitted movements; {@code days} labels are ISO local dates.
     * Categories empty: all; camera null: all.
     */
    List<AttendanceRow> attendance(List<Period> days, Collection<PersonCategory> categories, String cameraId);

    /** In and Out counts per period (hours); periods without movements are left out. */
    List<PeriodCount> movements(List<Period> hours, Collection<PersonCategory> categories, String cameraId);

    /** A period's In and Out counts. */
    record PeriodCount(String label, long ins, long outs) {
    }

    /** One person's events in {@code [start, end)}, oldest first, at most {@code limit}; camera null: all. */
    List<EventLogEntry> history(long personId, Instant start, Instant end, String cameraId, int limit);

    /**
     * Persons whose last admitted movement at or before {@code moment} was an In, by name. Categories empty: all;
     * camera null: all, else only those who came in by it.
     */
    List<PresentRow> presentAt(Instant moment, Collection<PersonCategory> categories, String cameraId);

    /** Unknown faces, distinct strangers and other refusals per period (days); periods without alerts are left out. */
    List<AlertCount> alerts(List<Period> days, String cameraId);

    /** Refused entries (ACCESS_REFUSED) per period (days) and camera; pairs without any are left out. */
    List<CameraCount> refusals(List<Period> days, String cameraId);

    /** How many events of a period at one camera. */
    record CameraCount(String label, String cameraId, long count) {
    }

    /** A period's alert counts. */
    record AlertCount(String label, long unknownFaces, long strangers, long refusals) {
    }
}
