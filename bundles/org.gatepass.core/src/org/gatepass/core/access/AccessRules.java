package org.gatepass.core.access;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who may enter by which gate when: plain Java, no I/O. Times are judged in the site's zone, so a schedule's 07:00 is
 * 07:00 on the clock at the door on both sides of a clock change.
 */
public final class AccessRules {
    private final Map<String, Gate> gatesByCamera;
    private final Map<java.time.LocalDate, Holiday> holidays;
    private final ZoneId zone;

    /** @throws IllegalArgumentException when a camera belongs to two gates */
    public AccessRules(Collection<Gate> gates, Collection<Holiday> holidays, ZoneId zone) {
        this.gatesByCamera = gates.stream().flatMap(g -> g.cameras().stream().map(c -> Map.entry(c, g)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> {
                    throw new IllegalArgumentException("A camera belongs to one gate, not to both " + a.name() + " and " + b.name());
                }));
        this.holidays = holidays.stream().collect(Collectors.toMap(Holiday::day, Function.identity(), (a, b) -> a));
        this.zone = zone;
    }

    /** The gate a camera watches; empty for a camera of no gate (unrestricted, as before gates existed). */
    public Optional<Gate> gateOf(String cameraId) {
        return Optional.ofNullable(gatesByCamera.get(cameraId));
    }

    /** Whether a person holding {@code levels} may come in at {@code cameraId} at {@code at}. */
    public AccessVerdict entering(String cameraId, Collection<AccessLevel> levels, Instant at) {
        Gate gate = gatesByCamera.get(cameraId);
        if (gate == null || !gate.restricted()) {
            return AccessVerdict.ADMITTED;
        }
        List<AccessLevel> opening = levels.stream().filter(l -> l.gateIds().contains(gate.id())).toList();
        if (opening.isEmpty()) {
            return AccessVerdict.refused("not authorised for " + gate.name());
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        Holiday holiday = holidays.get(local.toLocalDate());
        List<AccessLevel> today = holiday == null ? opening : opening.stream().filter(AccessLevel::openOnHolidays).toList();
        if (today.isEmpty()) {
            return AccessVerdict.refused(gate.name() + " is closed for the holiday" + (holiday.name().isEmpty() ? "" : " " + holiday.name()));
        }
        if (today.stream().anyMatch(l -> l.schedule().contains(local))) {
            return AccessVerdict.ADMITTED;
        }
        return AccessVerdict.refused("outside the schedule of " + gate.name() + " ("
                + today.stream().map(l -> l.name() + ": " + l.schedule().describe()).collect(Collectors.joining("; ")) + ")");
    }
}
