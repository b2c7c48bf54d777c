package org.gatepass.core.access;

import java.util.Optional;

import org.gatepass.core.event.Direction;
import org.gatepass.core.event.PresenceState;

/**
 * What a gate does when somebody comes in twice without leaving, or leaves without having come in: a card or face lent
 * back through the door, or somebody who tailgated. Only entry and exit cameras can see it; a camera that toggles
 * decides the direction from the presence itself. The presence is the one the movement locks, so two stations judge
 * a person's passes in turn.
 */
public enum AntiPassback {
    /** Not checked. */
    OFF("Off"),
    /** The movement is recorded and an anti-passback alert raised. */
    SOFT("Soft: record and alert"),
    /** The movement is refused (no door opens) and an anti-passback alert raised. */
    HARD("Hard: refuse and alert");

    private final String label;

    AntiPassback(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Why a movement in {@code direction} by {@code gate} breaks the rule, given the person's presence; empty when it does not or when off. */
    public Optional<String> breach(Gate gate, PresenceState presence, Direction direction) {
        if (this == OFF) {
            return Optional.empty();
        }
        if (direction == Direction.IN && presence.direction() == Direction.IN) {
            return Optional.of("entered by " + gate.name() + " without having left");
        }
        if (direction == Direction.OUT && presence.direction() != Direction.IN) {
            return Optional.of("left by " + gate.name() + " without having entered");
        }
        return Optional.empty();
    }
}
