package org.gatepass.persistence.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.report.AttendanceRow;
import org.gatepass.core.report.PresentRow;
import org.gatepass.core.storage.ReportRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ReportRepository.class)
public final class MyBatisReportRepository implements ReportRepository {
    private final Database database;

    @Activate
    public MyBatisReportRepository(@Reference Database database) {
        this.database = database;
    }

    @Override
    public List<AttendanceRow> attendance(List<Period> days, Collection<PersonCategory> categories, Where where) {
        if (days.isEmpty()) {
            return List.of();
        }
        return database.read(session -> session.getMapper(ReportMapper.class).attendance(days, days.get(0).start(), days.get(days.size() - 1).end(),
                categories, where)).stream().map(AttendanceRecord::row).toList();
    }

    @Override
    public List<PeriodCount> movements(List<Period> hours, Collection<PersonCategory> categories, Where where) {
        if (hours.isEmpty()) {
            return List.of();
        }
        return database.read(session -> session.getMapper(ReportMapper.class).movements(hours, hours.get(0).start(),
                hours.get(hours.size() - 1).end(), categories, where));
    }

    @Override
    public List<EventLogEntry> history(long personId, Instant start, Instant end, Where where, int limit) {
        return database.read(session -> session.getMapper(ReportMapper.class).history(personId, start, end, where, limit));
    }

    @Override
    public List<PresentRow> presentAt(Instant moment, Collection<PersonCategory> categories, Where where) {
        return database.read(session -> session.getMapper(ReportMapper.class).presentAt(moment, categories, where));
    }

    @Override
    public List<AlertCount> alerts(List<Period> days, Where where) {
        if (days.isEmpty()) {
            return List.of();
        }
        return database.read(session -> session.getMapper(ReportMapper.class).alerts(days, days.get(0).start(), days.get(days.size() - 1).end(), where));
    }

    @Override
    public List<CameraCount> refusals(List<Period> days, Where where) {
        if (days.isEmpty()) {
            return List.of();
        }
        return database.read(session -> session.getMapper(ReportMapper.class).refusals(days, days.get(0).start(), days.get(days.size() - 1).end(), where));
    }
}
