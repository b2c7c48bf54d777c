package org.gatepass.core.storage;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.report.AttendanceRow;

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
}
