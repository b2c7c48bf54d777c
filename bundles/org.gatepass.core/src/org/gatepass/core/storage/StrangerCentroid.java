package org.gatepass.core.storage;

/** A stranger's mean embedding and how many sightings it averages, to match new unknown faces against. */
public record StrangerCentroid(long strangerId, float[] centroid, int sightings) {
}
