package org.gatepass.core.gate;

import org.gatepass.core.event.Decision;
import org.gatepass.core.event.Direction;

/** The outcome for one face: a movement In or Out, or an alert that moves nobody ({@code direction} null). */
public record GateDecision(Decision decision, Direction direction) {

    public GateDecision {
        if ((decision == Decision.ADMITTED) != (direction != null)) {
            throw new IllegalArgumentException("Only an admission has a direction");
        }
    }

    public static GateDecision admit(Direction direction) {
        return new GateDecision(Decision.ADMITTED, direction);
    }

    public static GateDecision alert(Decision alert) {
        return new GateDecision(alert, null);
    }

    public boolean isAlert() {
        return decision.isAlert();
    }
}
