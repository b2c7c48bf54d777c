package org.gatepass.core.report;

import java.time.LocalDate;

/**
 * What was held up at one camera on one local day: entries the access rules refused (not authorised, outside the
 * schedule, a holiday) and anti-passback alerts (refused at a hard gate, let through and flagged at a soft one).
 */
public record CameraRefusals(LocalDate day, String cameraId, long refused, long passback) {
}
