package org.gatepass.core.stranger;

import java.time.Instant;
import java.util.List;

/**
 * The sightings of one unknown face: when first and last seen, how often, at which cameras, and the alert of the
 * newest sighting (its snapshot is the stranger's picture). {@code namedPersonId}/{@code namedPersonName} are set
 * once an operator said who it was.
 */
public record Stranger(long id, Instant firstSeen, Instant lastSeen, int sightings, List<String> cameras, long newestEventId,
        Long namedPersonId, String namedPersonName, String namedBy) {

    public Stranger {
        cameras = List.copyOf(cameras);
    }
}
