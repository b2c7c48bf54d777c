package org.gatepass.core.event;

import java.time.Instant;

import org.gatepass.core.person.PersonCategory;

/** A row of the attendance log: the event with the person's details as stored now (null for strangers). */
public record EventLogEntry(long eventId, String externalId, String name, String mobile, Direction direction,
        Decision decision, PersonCategory category, Instant occurredAt, String cameraId) {
}
