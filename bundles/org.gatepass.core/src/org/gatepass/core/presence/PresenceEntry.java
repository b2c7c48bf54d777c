package org.gatepass.core.presence;

import java.time.Instant;

import org.gatepass.core.person.PersonCategory;

/**
 * A person inside: who, and the camera and time of their last entry. {@code externalId} is the site's own ID,
 * null when the person has none.
 */
public record PresenceEntry(long personId, String externalId, String name, PersonCategory category, String gate, Instant since) {
}
