package org.gatepass.core.camera.capture;

/**
 * Opens one camera from its settings. {@link CaptureLoop#configure} reconnects only when the new connector is not
 * {@code equals} to the current one, so implement it as a record of the settings it needs.
 */
@FunctionalInterface
public interface CameraConnector {
    /** Opens the camera, on the capture thread; throws with a reason for a person when it cannot. */
    FrameReader connect() throws CaptureException;
}
