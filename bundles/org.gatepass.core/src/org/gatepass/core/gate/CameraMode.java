package org.gatepass.core.gate;

import org.gatepass.core.event.Direction;

/** How a camera decides direction: toggling In/Out, or fixed at an entry or exit lane. */
public enum CameraMode {
    TOGGLE, ENTRY, EXIT;

    /** The direction of a movement seen by this camera, given where the person was last. */
    Direction directionAfter(Direction last) {
        return switch (this) {
            case ENTRY -> Direction.IN;
            case EXIT -> Direction.OUT;
            case TOGGLE -> last == Direction.IN ? Direction.OUT : Direction.IN;
        };
    }
}
