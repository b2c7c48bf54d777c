package org.gatepass.persistence.internal;

/** How many templates one model has. */
public record ModelCount(String modelId, int templates) {
}
