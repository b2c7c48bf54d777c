package org.gatepass.vision;

import java.util.Objects;

/**
 * A face seen in one frame, as the tracker takes it: where it is and, when it was good enough to
 * identify, the gallery's answer ({@code null} otherwise: it keeps the track alive but does not vote).
 */
public record Sighting(Box box, Match match) {

    public Sighting {
        Objects.requireNonNull(box, "box");
    }
}
