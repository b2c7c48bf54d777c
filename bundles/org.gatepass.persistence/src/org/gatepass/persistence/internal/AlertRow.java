package org.gatepass.persistence.internal;

import java.time.Instant;

import org.gatepass.core.alert.AlertEntry;
import org.gatepass.core.alert.AlertState;
import org.gatepass.core.event.Decision;

/** An alert with its acknowledgement and resolution columns, as the desk query reads it. */
public record AlertRow(long eventId, Decision decision, String cameraId, Long personId, String personName, Long strangerId, Instant occurredAt,
        int hasSnapshot, String acknowledgedBy, Instant acknowledgedAt, String note, String resolvedBy, Instant resolvedAt, String resolution,
        String reason) {

    AlertEntry entry() {
        AlertState state = resolvedAt != null ? AlertState.RESOLVED : acknowledgedAt != null ? AlertState.ACKNOWLEDGED : AlertState.OPEN;
        return new AlertEntry(eventId, decision, cameraId, personId, personName, strangerId, occurredAt, hasSnapshot == 1, state,
                switch (state) {
                    case RESOLVED -> resolvedBy;
                    case ACKNOWLEDGED -> acknowledgedBy;
                    case OPEN -> null;
                }, switch (state) {
                    case RESOLVED -> resolvedAt;
                    case ACKNOWLEDGED -> acknowledgedAt;
                    case OPEN -> null;
                }, switch (state) {
                    case RESOLVED -> resolution;
                    case ACKNOWLEDGED -> note;
                    case OPEN -> null;
                }, reason);
    }
}
