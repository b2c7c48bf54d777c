package org.gatepass.core.access;

import java.util.Objects;
import java.util.Set;

/**
 * A set of gates opened on a weekly schedule, e.g. "Lab 2, weekdays 07:00–20:00"; on the site's holidays only when
 * {@code openOnHolidays}. Persons get it directly or through their category.
 */
public record AccessLevel(Long id, String name, Set<Long> gateIds, WeeklySchedule schedule, boolean openOnHolidays) {

    public AccessLevel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schedule, "schedule");
        gateIds = Set.copyOf(gateIds);
    }

    public AccessLevel withId(long newId) {
        return new AccessLevel(newId, name, gateIds, schedule, openOnHolidays);
    }
}
