package org.gatepass.gate.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;

import org.gatepass.core.StorageException;
import org.gatepass.core.access.PresenceRule;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.event.PresenceState;
import org.gatepass.core.storage.GateEventRepository;

/**
 * Checks the rules that watch the time after every reading of the access rules, on the gate's background pool. Every
 * station checks; the database hands each person's alert for a rule and day to one of them, once, so a restart or a
 * second station repeats nothing and a station started after a rule's time still raises its alerts that day. While the
 * database is down nothing is checked; the next check after it returns catches up.
 */
final class PresenceRuleWatch {
    private static final Logger LOG = Logger.getLogger(PresenceRuleWatch.class.getName());

    private final GateAccess access;
    private final GateEventRepository events;
    private final ZoneId zone;
    private final Clock clock;
    private final Consumer<GateEvent> raised;

    PresenceRuleWatch(GateAccess access, GateEventRepository events, ZoneId zone, Clock clock, Consumer<GateEvent> raised) {
        this.access = access;
        this.events = events;
        this.zone = zone;
        this.clock = clock;
        this.raised = raised;
    }

    void check() {
        Instant now = clock.instant();
        for (PresenceRule rule : access.presenceRules()) {
            rule.dueDay(now, zone).ifPresent(day -> check(rule, day, now));
        }
    }

    private void check(PresenceRule rule, LocalDate day, Instant now) {
        try {
            events.recordRuleAlerts(rule, day, presence -> alert(rule, day, presence, now)).forEach(raised);
        } catch (StorageException e) {
            LOG.warning(() -> "Rule " + rule.name() + " not checked, it is checked again shortly: " + e.getMessage());
        }
    }

    private Optional<GateEvent> alert(PresenceRule rule, LocalDate day, PresenceState presence, Instant now) {
        if (!rule.brokenBy(presence, day, zone)) {
            return Optional.empty();
        }
        return Optional.of(new GateEvent(null, presence.personId(), PresenceRule.SOURCE, null, Decision.RULE_BROKEN, null, now, rule.reason()));
    }
}
