package org.gatepass.persistence.internal;

import org.gatepass.core.notify.OutboxStatus;

/** How many outbox rows are in one status. */
public record StatusCount(OutboxStatus status, int rows) {
}
