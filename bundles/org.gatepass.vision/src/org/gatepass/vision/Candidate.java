package org.gatepass.vision;

/** An enrolled person found by a 1:N search and the cosine similarity of their best template to the probe. */
public record Candidate(long personId, float score) {
}
