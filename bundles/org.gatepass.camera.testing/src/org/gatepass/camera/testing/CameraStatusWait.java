package org.gatepass.camera.testing;

import java.time.Duration;

import org.gatepass.core.camera.CameraSource;
import org.gatepass.core.camera.CameraStatus;

/** Waits for a camera to reach a state, polling, since the camera changes state on its own threads. */
public final class CameraStatusWait {
    private CameraStatusWait() {
    }

    public static CameraStatus awaitState(CameraSource camera, CameraStatus.State state, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        CameraStatus status = camera.status();
        while (status.state() != state && System.nanoTime() < deadline) {
            Thread.sleep(20);
            status = camera.status();
        }
        if (status.state() != state) {
            throw new AssertionError("Camera " + camera.id() + " is " + status + " after " + timeout + ", expected " + state);
        }
        return status;
    }
}
