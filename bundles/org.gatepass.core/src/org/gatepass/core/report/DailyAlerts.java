package org.gatepass.core.report;

import java.time.LocalDate;

/**
 * The alerts of one local day: unknown faces, how many distinct strangers they were grouped into, and every other
 * refusal (blocked or inactive persons, refused passes).
 */
public record DailyAlerts(LocalDate day, long unknownFaces, long strangers, long refusals) {
}
