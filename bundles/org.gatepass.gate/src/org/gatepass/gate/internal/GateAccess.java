package org.gatepass.gate.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.gatepass.core.StorageException;
import org.gatepass.core.access.AccessLevel;
import org.gatepass.core.access.AccessRules;
import org.gatepass.core.access.AccessSetup;
import org.gatepass.core.access.AccessVerdict;
import org.gatepass.core.access.Gate;
import org.gatepass.core.access.PresenceRule;
import org.gatepass.core.person.Person;
import org.gatepass.core.storage.AccessRepository;

/**
 * The access rules as this station last read them (refreshed every few seconds, so another station's changes arrive
 * without a restart), and the levels of the persons it decides about. A person's levels are read before the movement is
 * decided, so the decision inside the presence lock does no I/O. While the database is down the last rules and levels
 * read are used; somebody whose levels were never read is refused at a restricted gate.
 */
final class GateAccess {
    private static final Logger LOG = Logger.getLogger(GateAccess.class.getName());

    private final AccessRepository repository;
    private final ZoneId zone;
    private volatile AccessRules rules;
    private volatile Map<Long, AccessLevel> levels = Map.of();
    private volatile List<PresenceRule> presenceRules = List.of();
    private final Map<Long, Set<Long>> lastHeld = new ConcurrentHashMap<>();

    GateAccess(AccessRepository repository, ZoneId zone) {
        this.repository = repository;
        this.zone = zone;
        this.rules = new AccessRules(List.of(), List.of(), zone);
    }

    /** Reads the rules again; keeps the last ones when the database is down or the rules are inconsistent. */
    void refresh() {
        try {
            AccessSetup setup = repository.setup();
            rules = new AccessRules(setup.gates(), setup.holidays(), zone);
            levels = setup.levels().stream().collect(Collectors.toMap(AccessLevel::id, Function.identity()));
            presenceRules = setup.presenceRules();
        } catch (StorageException | IllegalArgumentException e) {
            LOG.warning(() -> "Access rules not read again, the last ones stay in force: " + e.getMessage());
        }
    }

    /** The rules that watch the time, as last read. */
    List<PresenceRule> presenceRules() {
        return presenceRules;
    }

    Optional<Gate> gateOf(String cameraId) {
        return rules.gateOf(cameraId);
    }

    /** What {@code person} may do at {@code cameraId}, to be judged at the moment of the movement. */
    Entry entryFor(String cameraId, Person person) {
        AccessRules now = rules;
        Optional<Gate> gate = now.gateOf(cameraId);
        if (gate.isEmpty() || !gate.get().restricted()) {
            return new Entry(now, cameraId, List.of(), null);
        }
        Set<Long> held;
        try {
            held = repository.levelsHeld(person.id(), person.category());
            lastHeld.put(person.id(), held);
        } catch (StorageException e) {
            held = lastHeld.get(person.id());
            if (held == null) {
                return new Entry(now, cameraId, List.of(), "access to " + gate.get().name() + " cannot be checked while the database is down");
            }
        }
        Map<Long, AccessLevel> known = levels;
        return new Entry(now, cameraId, held.stream().map(known::get).filter(Objects::nonNull).toList(), null);
    }

    /** A person's standing at one camera: their levels, or why they cannot be judged. */
    record Entry(AccessRules rules, String cameraId, List<AccessLevel> levels, String unjudged) {

        AccessVerdict entering(Instant at) {
            return unjudged != null ? new AccessVerdict(false, unjudged) : rules.entering(cameraId, levels, at);
        }
    }
}
