package org.gatepass.persistence.internal;

import java.time.Instant;

/** A face_template row as stored: the vector still sealed. */
public record SealedTemplate(long id, long personId, String modelId, int dims, byte[] vectorSealed, Instant createdAt) {
}
