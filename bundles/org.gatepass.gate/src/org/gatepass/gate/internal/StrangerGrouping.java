package org.gatepass.gate.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import org.gatepass.core.StorageException;
import org.gatepass.core.storage.StrangerCentroid;
import org.gatepass.core.storage.StrangerRepository;
import org.gatepass.vision.Embedding;

/**
 * Tells whether an unknown face was seen before: its fused embedding is compared with the centroids of the strangers
 * of the last day; the most similar one at or above the threshold gets the sighting (its centroid becomes the mean
 * of its sightings), else the face is a new stranger. The centroids are kept in memory (loaded once per embedder),
 * so a camera thread compares in memory and only writes the outcome.
 */
final class StrangerGrouping {
    static final Duration REMEMBERED = Duration.ofDays(1);
    private static final Logger LOG = Logger.getLogger(StrangerGrouping.class.getName());

    private final StrangerRepository strangers;
    private String embedder;
    private List<Known> known;

    StrangerGrouping(StrangerRepository strangers) {
        this.strangers = strangers;
    }

    /** How many strangers a new face is compared with now: the gallery size its threshold is set for. */
    synchronized int size() {
        return known == null ? 0 : known.size();
    }

    /**
     * Files the alert {@code eventId}'s face with a stranger; returns the stranger's id, or -1 when the database could
     * not take it (the alert stays without a stranger).
     */
    synchronized long sighted(long eventId, Embedding face, String cameraId, Instant at, float threshold) {
        try {
            List<Known> candidates = loaded(face.modelId(), at);
            Known best = null;
            float bestScore = -1;
            for (Known stranger : candidates) {
                float score = face.similarity(new Embedding(face.modelId(), stranger.centroid));
                if (score > bestScore) {
                    best = stranger;
                    bestScore = score;
                }
            }
            if (best != null && bestScore >= threshold) {
                best.add(face.vector());
                best.lastSeen = at;
                strangers.sighted(best.id, eventId, best.centroid, cameraId, at);
                return best.id;
            }
            long id = strangers.create(eventId, face.modelId(), face.vector(), cameraId, at);
            candidates.add(new Known(id, face.vector().clone(), 1, at));
            return id;
        } catch (StorageException e) {
            LOG.warning(() -> "The unknown face of alert " + eventId + " was not filed with a stranger: " + e.getMessage());
            return -1;
        }
    }

    private List<Known> loaded(String model, Instant now) {
        if (known == null || !model.equals(embedder)) {
            known = new ArrayList<>();
            for (StrangerCentroid stored : strangers.recent(model, now.minus(REMEMBERED))) {
                known.add(new Known(stored.strangerId(), stored.centroid(), stored.sightings(), now));
            }
            embedder = model;
        }
        Instant forgotten = now.minus(REMEMBERED);
        known.removeIf(stranger -> stranger.lastSeen.isBefore(forgotten));
        return known;
    }

    /** A stranger in memory: the mean of its sightings' embeddings, re-normalised. */
    private static final class Known {
        final long id;
        final float[] centroid;
        int sightings;
        Instant lastSeen;

        Known(long id, float[] centroid, int sightings, Instant lastSeen) {
            this.id = id;
            this.centroid = centroid;
            this.sightings = sightings;
            this.lastSeen = lastSeen;
        }

        void add(float[] face) {
            double norm = 0;
            for (int i = 0; i < centroid.length; i++) {
                centroid[i] = (centroid[i] * sightings + face[i]) / (sightings + 1);
                norm += centroid[i] * centroid[i];
            }
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < centroid.length; i++) {
                centroid[i] *= scale;
            }
            sightings++;
        }
    }
}
