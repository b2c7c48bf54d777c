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

/** SQL for reports: ReportMapper.xml. */
public interface ReportMapper {
    List<AttendanceRecord> attendance(@Param("periods") List<Period> periods, @Param("rangeStart") Instant rangeStart,
            @Param("rangeEnd") Instant rangeEnd, @Param("categories") Collection<PersonCategory> categories, @Param("cameraId") String cameraId);

    List<PeriodCount> movements(@Param("periods") List<Period> periods, @Param("rangeStart") Instant rangeStart,
            @Param("rangeEnd") Instant rangeEnd, @Param("categories") Collection<PersonCategory> categories, @Param("cameraId") String cameraId);

    List<EventLogEntry> history(@Param("personId") long personId, @Param("start") Instant start, @Param("end") Instant end,
            @Param("cameraId") String cameraId, @Param("limit") int limit);

    List<PresentRow> presentAt(@Param("moment") Instant moment, @Param("categories") Collection<PersonCategory> categories,
            @Param("cameraId") String cameraId);

    List<AlertCount> alerts(@Param("periods") List<Period> periods, @Param("rangeStart") Instant rangeStart, @Param("rangeEnd") Instant rangeEnd,
            @Param("cameraId") String cameraId);

    List<CameraCount> refusals(@Param("periods") List<Period> periods, @Param("rangeStart") Instant rangeStart, @Param("rangeEnd") Instant rangeEnd,
            @Param("cameraId") String cameraId);
}
