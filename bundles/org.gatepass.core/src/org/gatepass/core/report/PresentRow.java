package org.gatepass.core.report;

import java.time.Instant;

import org.gatepass.core.person.PersonCategory;

/** A person inside at a chosen moment: their last admitted movement up to then was an In, at {@code cameraId}. */
public record PresentRow(long personId, String name, String externalId, PersonCategory category, String cameraId, Instant since) {
}
