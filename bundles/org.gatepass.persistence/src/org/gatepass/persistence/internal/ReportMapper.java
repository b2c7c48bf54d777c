package org.gatepass.persistence.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.storage.ReportRepository.PeriodCount;
import org.gatepass.core.storage.ReportRepository.Period;

/** SQL for reports: ReportMapper.xml. */
public interface ReportMapper {
    List<AttendanceRecord> attendance(@Param("periods") List<Period> periods, @Param("rangeStart") Instant rangeStart,
            @Param("rangeEnd") Instant rangeEnd, @Param("categories") Collection<PersonCategory> categories, @Param("cameraId") String cameraId);

    List<PeriodCount> movements(@Param("periods") List<Period> periods, @Param("rangeStart") Instant rangeStart,
            @Param("rangeEnd") Instant rangeEnd, @Param("categories") Collection<PersonCategory> categories, @Param("cameraId") String cameraId);
}
