package org.gatepass.core.report;

/**
 * Where a report looks: the whole site ({@link #SITE}), one gate's cameras (the gate as named in the access rules), or
 * one camera (of that gate, when both are given). For attendance, movements and presence the site leaves out the
 * gates into an area (a lab's door moves nobody on or off the site); histories and alert counts take every camera.
 */
public record ReportPlace(String gate, String cameraId) {
    public static final ReportPlace SITE = new ReportPlace(null, null);

    public ReportPlace {
        gate = gate == null || gate.isBlank() ? null : gate.strip();
        cameraId = cameraId == null || cameraId.isBlank() ? null : cameraId.strip();
    }

    public static ReportPlace camera(String cameraId) {
        return new ReportPlace(null, cameraId);
    }

    public static ReportPlace gate(String gate) {
        return new ReportPlace(gate, null);
    }

    public boolean isSite() {
        return gate == null && cameraId == null;
    }

    /** "the site", "gate Lab 2", "camera lab-1 of gate Lab 2". */
    @Override
    public String toString() {
        if (isSite()) {
            return "the site";
        }
        String ofGate = gate == null ? "" : "gate " + gate;
        return cameraId == null ? ofGate : "camera " + cameraId + (gate == null ? "" : " of " + ofGate);
    }
}
