package org.gatepass.persistence.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.gatepass.core.access.AccessLevel;
import org.gatepass.core.access.AccessSetup;
import org.gatepass.core.access.AntiPassback;
import org.gatepass.core.access.Gate;
import org.gatepass.core.access.Holiday;
import org.gatepass.core.access.PresenceRule;
import org.gatepass.core.access.TimeWindow;
import org.gatepass.core.access.WeeklySchedule;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.storage.AccessRepository;
import org.gatepass.persistence.internal.AccessRows.CategoryLevelRow;
import org.gatepass.persistence.internal.AccessRows.GateCameraRow;
import org.gatepass.persistence.internal.AccessRows.LevelGateRow;
import org.gatepass.persistence.internal.AccessRows.PresenceRuleRow;
import org.gatepass.persistence.internal.AccessRows.WindowRow;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The access rules in a handful of small tables, read whole (a site has tens of gates and levels, not thousands) and
 * written parent and children in one transaction. Windows are stored as minutes after local midnight.
 */
@Component(service = AccessRepository.class)
public final class MyBatisAccessRepository implements AccessRepository {
    private static final int DAY_MINUTES = 24 * 60;

    private final Database database;

    @Activate
    public MyBatisAccessRepository(@Reference Database database) {
        this.database = database;
    }

    @Override
    public AccessSetup setup() {
        return database.read(session -> {
            AccessMapper mapper = session.getMapper(AccessMapper.class);
            Map<Long, Set<String>> cameras = mapper.gateCameras().stream()
                    .collect(Collectors.groupingBy(GateCameraRow::gateId, Collectors.mapping(GateCameraRow::cameraId, Collectors.toSet())));
            List<Gate> gates = mapper.gates().stream()
                    .map(g -> new Gate(g.id(), g.name(), cameras.getOrDefault(g.id(), Set.of()), g.restricted(), g.door(), g.releaseSeconds(), AntiPassback.valueOf(g.antiPassback()), g.area())).toList();
            Map<Long, Set<Long>> gatesOfLevel = mapper.levelGates().stream()
                    .collect(Collectors.groupingBy(LevelGateRow::levelId, Collectors.mapping(LevelGateRow::gateId, Collectors.toSet())));
            Map<Long, List<TimeWindow>> windows = mapper.windows().stream()
                    .collect(Collectors.groupingBy(WindowRow::levelId, Collectors.mapping(MyBatisAccessRepository::window, Collectors.toList())));
            List<AccessLevel> levels = mapper.levels().stream().map(l -> new AccessLevel(l.id(), l.name(), gatesOfLevel.getOrDefault(l.id(), Set.of()),
                    new WeeklySchedule(windows.getOrDefault(l.id(), List.of())), l.openOnHolidays())).toList();
            List<Holiday> holidays = mapper.holidays().stream().map(h -> new Holiday(h.day(), h.name())).toList();
            Map<PersonCategory, Set<Long>> categories = new EnumMap<>(PersonCategory.class);
            for (CategoryLevelRow row : mapper.categoryLevels()) {
                categories.computeIfAbsent(PersonCategory.valueOf(row.category()), c -> new HashSet<>()).add(row.levelId());
            }
            List<PresenceRule> presenceRules = mapper.presenceRules().stream().map(MyBatisAccessRepository::presenceRule).toList();
            return new AccessSetup(gates, levels, holidays, categories, presenceRules);
        });
    }

    @Override
    public Optional<Gate> findGate(long gateId) {
        return setup().gates().stream().filter(g -> g.id() == gateId).findFirst();
    }

    @Override
    public Gate saveGate(Gate gate) {
        return database.write(session -> {
            AccessMapper mapper = session.getMapper(AccessMapper.class);
            long id;
            if (gate.id() == null) {
                GeneratedKey key = new GeneratedKey();
                mapper.insertGate(gate.name(), gate.restricted(), gate.door(), gate.releaseSeconds(), gate.antiPassback().name(), gate.area(), key);
                id = key.getValue();
            } else {
                id = gate.id();
                mapper.updateGate(id, gate.name(), gate.restricted(), gate.door(), gate.releaseSeconds(), gate.antiPassback().name(), gate.area());
                mapper.deleteGateCameras(id);
            }
            for (String camera : gate.cameras()) {
                mapper.insertGateCamera(camera, id);
            }
            return gate.withId(id);
        });
    }

    @Override
    public boolean deleteGate(long gateId) {
        return database.write(session -> {
            AccessMapper mapper = session.getMapper(AccessMapper.class);
            mapper.deleteGateCameras(gateId);
            mapper.deleteLevelGatesOfGate(gateId);
            return mapper.deleteGate(gateId) > 0;
        });
    }

    @Override
    public Optional<AccessLevel> findLevel(long levelId) {
        return setup().levels().stream().filter(l -> l.id() == levelId).findFirst();
    }

    @Override
    public AccessLevel saveLevel(AccessLevel level) {
        return database.write(session -> {
            AccessMapper mapper = session.getMapper(AccessMapper.class);
            long id;
            if (level.id() == null) {
                GeneratedKey key = new GeneratedKey();
                mapper.insertLevel(level.name(), level.openOnHolidays(), key);
                id = key.getValue();
            } else {
                id = level.id();
                mapper.updateLevel(id, level.name(), level.openOnHolidays());
                mapper.deleteLevelGates(id);
                mapper.deleteWindows(id);
            }
            for (long gateId : level.gateIds()) {
                mapper.insertLevelGate(id, gateId);
            }
            for (TimeWindow window : level.schedule().windows()) {
                mapper.insertWindow(id, window.day().getValue(), minutes(window.from(), 0),
                        minutes(window.until(), DAY_MINUTES));
            }
            return level.withId(id);
        });
    }

    @Override
    public boolean deleteLevel(long levelId) {
        return database.write(session -> {
            AccessMapper mapper = session.getMapper(AccessMapper.class);
            mapper.deleteLevelGates(levelId);
            mapper.deleteWindows(levelId);
            mapper.deleteHoldersOfLevel(levelId);
            mapper.deleteCategoriesOfLevel(levelId);
            return mapper.deleteLevel(levelId) > 0;
        });
    }

    @Override
    public void saveHoliday(Holiday holiday) {
        database.write(session -> {
            AccessMapper mapper = session.getMapper(AccessMapper.class);
            mapper.deleteHoliday(holiday.day());
            mapper.insertHoliday(holiday.day(), holiday.name());
            return null;
        });
    }

    @Override
    public boolean deleteHoliday(LocalDate day) {
        return database.write(session -> session.getMapper(AccessMapper.class).deleteHoliday(day) > 0);
    }

    @Override
    public Set<Long> personLevels(long personId) {
        return Set.copyOf(database.read(session -> session.getMapper(AccessMapper.class).personLevels(personId)));
    }

    @Override
    public Set<Long> levelsHeld(long personId, PersonCategory category) {
        return Set.copyOf(database.read(session -> session.getMapper(AccessMapper.class).levelsHeld(personId, category.name())));
    }

    @Override
    public Set<Long> holders(long levelId) {
        return Set.copyOf(database.read(session -> session.getMapper(AccessMapper.class).holders(levelId)));
    }

    @Override
    public boolean setPersonLevel(long personId, long levelId, boolean held) {
        return database.write(session -> {
            AccessMapper mapper = session.getMapper(AccessMapper.class);
            return (held ? mapper.insertPersonLevel(personId, levelId) : mapper.deletePersonLevel(personId, levelId)) > 0;
        });
    }

    @Override
    public boolean setCategoryLevel(PersonCategory category, long levelId, boolean held) {
        return database.write(session -> {
            AccessMapper mapper = session.getMapper(AccessMapper.class);
            return (held ? mapper.insertCategoryLevel(category.name(), levelId) : mapper.deleteCategoryLevel(category.name(), levelId)) > 0;
        });
    }

    @Override
    public PresenceRule savePresenceRule(PresenceRule rule) {
        return database.write(session -> {
            AccessMapper mapper = session.getMapper(AccessMapper.class);
            String days = rule.days().stream().sorted().map(d -> Integer.toString(d.getValue())).collect(Collectors.joining(","));
            PresenceRuleRow row = new PresenceRuleRow(rule.id() == null ? 0 : rule.id(), rule.name(), rule.category().name(), rule.kind().name(),
                    minutes(rule.at(), 0), days);
            if (rule.id() != null) {
                mapper.updatePresenceRule(row);
                return rule;
            }
            GeneratedKey key = new GeneratedKey();
            mapper.insertPresenceRule(row, key);
            return rule.withId(key.getValue());
        });
    }

    @Override
    public boolean deletePresenceRule(long ruleId) {
        return database.write(session -> {
            AccessMapper mapper = session.getMapper(AccessMapper.class);
            mapper.deleteRuleAlerts(ruleId);
            return mapper.deletePresenceRule(ruleId) > 0;
        });
    }

    /** A time as minutes after midnight; midnight is {@code midnight} (0 for a start, 1440 for an end). */
    private static int minutes(LocalTime time, int midnight) {
        return time.equals(LocalTime.MIDNIGHT) ? midnight : time.getHour() * 60 + time.getMinute();
    }

    private static PresenceRule presenceRule(PresenceRuleRow row) {
        Set<DayOfWeek> days = Arrays.stream(row.days().split(",")).filter(d -> !d.isBlank()).map(d -> DayOfWeek.of(Integer.parseInt(d.strip())))
                .collect(Collectors.toSet());
        return new PresenceRule(row.id(), row.name(), PersonCategory.valueOf(row.category()), PresenceRule.Kind.valueOf(row.kind()),
                LocalTime.of(row.atMinute() / 60, row.atMinute() % 60), days);
    }

    private static TimeWindow window(WindowRow row) {
        return new TimeWindow(DayOfWeek.of(row.dayOfWeek()), LocalTime.of(row.fromMinute() / 60, row.fromMinute() % 60),
                row.untilMinute() >= DAY_MINUTES ? LocalTime.MIDNIGHT : LocalTime.of(row.untilMinute() / 60, row.untilMinute() % 60));
    }
}
