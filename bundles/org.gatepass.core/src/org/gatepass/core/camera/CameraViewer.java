package org.gatepass.core.camera;

/**
 * Watches a camera for display, beside the sink that processes its frames: see {@link CameraSource#preview}.
 * Both methods are called on the viewer's own thread, one call at a time.
 */
public interface CameraViewer {

    /** A captured frame; when the viewer is slower than the camera it gets the newest one and skips the rest. */
    void frame(Frame frame);

    /** The camera's status changed; also called once with the current status when the viewer is added. */
    void status(CameraStatus status);
}
