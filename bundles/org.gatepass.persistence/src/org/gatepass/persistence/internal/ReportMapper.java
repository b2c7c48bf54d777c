package org.gatepass.persistence.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.report.PresentRow;
import org.gatepass.core.storage.ReportRepository.AlertCount;
import org.gatepass.core.storage.ReportRepository.CameraCount;
import org.gatepass.core.storage.ReportRepository.Period;
import org.gatepass.core.storage.ReportRepository.PeriodCount;
import org.gatepass.core.storage.ReportRepository.Where;

/** SQL for reports: ReportMapper.xml. */
public interface ReportMapper {
    List<AttendanceRecord> attendance(@Param("periods") List<Period> periods, @Param("rangeStart") Instant rangeStart,
            @Param("rangeEnd") Instant rangeEnd, @Param("categories") Collection<PersonCategory> categories, @Param("where") Where where);

    List<PeriodCount> movements(@Param("periods") List<Period> periods, @Param("rangeStart") Instant rangeStart,
            @Param("rangeEnd") Instant rangeEnd, @Param("categories") Collection<PersonCategory> categories, @Param("where") Where where);

    List<EventLogEntry> history(@Param("personId") long personId, @Param("start") Instant start, @Param("end") Instant end,
            @Param("where") Where where, @Param("limit") int limit);

    List<PresentRow> presentAt(@Param("moment") Instant moment, @Param("categories") Collection<PersonCategory> categories,
            @Param("where") Where where);

    List<AlertCount> alerts(@Param("periods") List<Period> periods, @Param("rangeStart") Instant rangeStart, @Param("rangeEnd") Instant rangeEnd,
            @Param("where") Where where);

    List<CameraCount> refusals(@Param("periods") List<Period> periods, @Param("rangeStart") Instant rangeStart, @Param("rangeEnd") Instant rangeEnd,
            @Param("where") Where where);
}
