package org.gatepass.core.biometric;

import java.time.Instant;

/**
 * One enrolled face of a person: a unit-length embedding made by the model {@code modelId}. Vectors of
 * different models are never compared. {@code id} is null until stored.
 */
public record FaceTemplate(Long id, long personId, String modelId, float[] vector, Instant createdAt) {

    public FaceTemplate {
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("A template must name the model that made it");
        }
        if (vector == null || vector.length == 0) {
            throw new IllegalArgumentException("A template needs a vector");
        }
    }

    public FaceTemplate withId(long newId) {
        return new FaceTemplate(newId, personId, modelId, vector, createdAt);
    }
}
