package org.gatepass.core.camera;

/**
 * One configured camera, registered as an OSGi service with the service property {@value #CAMERA_ID_PROPERTY}.
 * Threading and failure handling are described in the {@linkplain org.gatepass.core.camera package documentation}.
 */
public interface CameraSource {
    /** The service property that carries {@link #id()}, for service filters such as {@code (camera.id=gate-1)}. */
    String CAMERA_ID_PROPERTY = "camera.id";

    /** Stable identifier chosen by the administrator; frames and gate events carry it. */
    String id();

    /** Name for people, e.g. "Main gate, entry lane". */
    String displayName();

    CameraStatus status();

    /**
     * Starts capturing and delivering frames to {@code sink}. Returns at once: opening the camera happens on the
     * camera's thread, and problems show in {@link #status()}.
     *
     * @throws IllegalStateException if the source is already started
     */
    void start(FrameSink sink);

    /** Stops capturing; once this returns the sink is not called again. Does nothing if not started. */
    void stop();

    /**
     * Adds a viewer that sees every frame this source captures, at the camera's own rate, on a thread of its own:
     * a slow viewer skips frames and never slows the sink given to {@link #start}. Frames flow while the source is
     * started; a viewer added before or kept across a stop and start sees both. Any number of viewers may watch.
     */
    CameraPreview preview(CameraViewer viewer);
}
