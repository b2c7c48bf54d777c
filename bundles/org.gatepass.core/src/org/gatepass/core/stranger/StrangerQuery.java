package org.gatepass.core.stranger;

import java.time.Instant;

/** Strangers last seen between {@code from} and {@code to} (either null: open), at {@code camera} (null or empty: any), newest first. */
public record StrangerQuery(Instant from, Instant to, String camera, int limit) {

    public StrangerQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("A query returns at least one stranger, not " + limit);
        }
        camera = camera == null || camera.isBlank() ? null : camera.strip();
    }
}
