package org.gatepass.core.gate;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.gatepass.core.event.Decision;
import org.gatepass.core.event.PresenceState;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonStatus;

/**
 * Decides what a face at a camera means. An active person moves In or Out (by the camera's mode),
 * unless they already moved within the cooldown: one walk past the camera is one movement, however
 * many frames or cameras see it. Blocked and inactive people and unknown faces are alerts.
 */
public final class GateDecisionEngine {
    public static final Duration DEFAULT_COOLDOWN = Duration.ofSeconds(60);

    private final Duration cooldown;

    public GateDecisionEngine(Duration cooldown) {
        if (cooldown.isNegative()) {
            throw new IllegalArgumentException("The cooldown cannot be negative: " + cooldown);
        }
        this.cooldown = cooldown;
    }

    public Duration cooldown() {
        return cooldown;
    }

    /** The alert a recognised person raises instead of moving (blocked, inactive); empty for active people. */
    public Optional<GateDecision> alertFor(Person person) {
        return switch (person.status()) {
            case BLOCKED -> Optional.of(GateDecision.alert(Decision.BLOCKED_PERSON));
            case INACTIVE -> Optional.of(GateDecision.alert(Decision.INACTIVE_PERSON));
            case ACTIVE -> Optional.empty();
        };
    }

    /**
     * The movement of an active person seen now.
     * @param presence where the person was last seen moving, as stored now
     * @return empty inside the cooldown
     */
    public Optional<GateDecision> movementOf(Person person, PresenceState presence, CameraMode mode, Instant now) {
        if (person.status() != PersonStatus.ACTIVE) {
            throw new IllegalArgumentException(person.name() + " is " + person.status() + ": ask alertFor, not movementOf");
        }
        boolean withinCooldown = presence.changedAt() != null && now.isBefore(presence.changedAt().plus(cooldown));
        return withinCooldown ? Optional.empty() : Optional.of(GateDecision.admit(mode.directionAfter(presence.direction())));
    }

    /** A face that matches nobody enrolled. */
    public GateDecision decideStranger() {
        return GateDecision.alert(Decision.UNKNOWN_FACE);
    }
}
