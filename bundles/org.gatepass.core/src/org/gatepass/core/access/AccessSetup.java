package org.gatepass.core.access;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gatepass.core.person.PersonCategory;

/** Everything the access rules are made of, as stored now: gates, levels, holidays, and which categories hold which levels. */
public record AccessSetup(List<Gate> gates, List<AccessLevel> levels, List<Holiday> holidays, Map<PersonCategory, Set<Long>> categoryLevels) {

    public AccessSetup {
        gates = List.copyOf(gates);
        levels = List.copyOf(levels);
        holidays = List.copyOf(holidays);
        categoryLevels = Map.copyOf(categoryLevels);
    }
}
