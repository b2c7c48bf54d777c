package org.gatepass.core.report;

import java.time.LocalDate;

/** How many entries were refused at one camera on one local day (access rules: not authorised, outside the schedule…). */
public record CameraRefusals(LocalDate day, String cameraId, long refused) {
}
