package org.gatepass.core.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.gatepass.core.camera.CameraStatus.State;
import org.junit.jupiter.api.Test;

class CameraStatusTest {
    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");

    @Test
    void onlyFailuresCarryAReason() {
        assertEquals("NOT_AVAILABLE since 2025-03-01T08:00:00Z: no camera with index 3",
                CameraStatus.notAvailable("no camera with index 3", NOW).toString());
        assertEquals("LIVE since 2025-03-01T08:00:00Z", CameraStatus.live(NOW).toString());
        assertThrows(IllegalArgumentException.class, () -> CameraStatus.disconnected(" ", NOW));
        assertThrows(IllegalArgumentException.class, () -> new CameraStatus(State.LIVE, "fine", NOW));
    }
}
