package org.gatepass.gate;

import java.util.List;

/** The gate's cameras as they are now, for live views (poll it; it is cheap). */
public interface GateMonitor {

    /** Every camera the gate watches, by id. */
    List<CameraView> cameras();
}
