package org.gatepass.core.access;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gatepass.core.person.PersonCategory;

/**
 * Everything the access rules are made of, as stored now: gates, levels, holidays, which categories hold which levels,
 * and the rules that watch the time.
 */
public record AccessSetup(List<Gate> gates, List<AccessLevel> levels, List<Holiday> holidays, Map<PersonCategory, Set<Long>> categoryLevels,
        List<PresenceRule> presenceRules) {

    public AccessSetup {
        gates = List.copyOf(gates);
        levels = List.copyOf(levels);
        holidays = List.copyOf(holidays);
        categoryLevels = Map.copyOf(categoryLevels);
        presenceRules = List.copyOf(presenceRules);
    }
}
