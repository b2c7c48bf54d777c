package org.gatepass.core.report;

import java.time.LocalDateTime;

/** Movements in one local hour: how many In and how many Out. */
public record HourlyMovements(LocalDateTime hour, long ins, long outs) {
}
