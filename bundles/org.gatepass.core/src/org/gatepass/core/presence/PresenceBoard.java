package org.gatepass.core.presence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gatepass.core.person.PersonCategory;

/** Everybody inside at {@code at}, by name, with the counts by category and by gate of entry. */
public record PresenceBoard(Instant at, List<PresenceEntry> inside) {

    public PresenceBoard {
        inside = List.copyOf(inside);
    }

    public Map<PersonCategory, Long> byCategory() {
        return count(PresenceEntry::category);
    }

    public Map<String, Long> byGate() {
        return count(PresenceEntry::gate);
    }

    private <K extends Comparable<K>> Map<K, Long> count(Function<PresenceEntry, K> key) {
        return inside.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
