package org.gatepass.core.event;

import java.time.Instant;

/** An operator's acknowledgement of an alert: they have seen it and dealt with it. */
public record AlertAcknowledgement(long eventId, long operatorId, String operatorName, Instant at, String note) {
}
