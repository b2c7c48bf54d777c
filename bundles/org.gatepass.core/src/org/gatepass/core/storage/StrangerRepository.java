package org.gatepass.core.storage;

import java.time.Instant;
import java.util.List;

import org.gatepass.core.stranger.Stranger;
import org.gatepass.core.stranger.StrangerQuery;

/**
 * Strangers (SPI, implemented by the persistence bundle). Centroids are biometric data: sealed at rest like enrolled
 * templates, bound to their stranger and embedder.
 */
public interface StrangerRepository {

    /** A new stranger, seen once by the alert {@code eventId}; returns its id. */
    long create(long eventId, String embedder, float[] centroid, String cameraId, Instant seen);

    /** One more sighting by the alert {@code eventId}: the new centroid, one more sighting, last seen. */
    void sighted(long strangerId, long eventId, float[] centroid, String cameraId, Instant seen);

    /** Strangers of the embedder last seen since {@code since}, nobody named yet, to match unknown faces against. */
    List<StrangerCentroid> recent(String embedder, Instant since);

    List<Stranger> find(StrangerQuery query);

    /** The alerts that saw the stranger, newest first. */
    List<Long> sightings(long strangerId);

    /** Records who the stranger was; false when somebody named them already. */
    boolean name(long strangerId, long personId, String namedBy, Instant at);
}
