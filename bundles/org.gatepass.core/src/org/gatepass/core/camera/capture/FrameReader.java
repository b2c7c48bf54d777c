package org.gatepass.core.camera.capture;

import org.gatepass.core.camera.Frame;

/** An opened camera. Used and closed on the capture thread only. */
public interface FrameReader extends AutoCloseable {
    /**
     * Waits for the camera's next picture.
     *
     * @throws CaptureException when the camera is lost or sends something unusable
     */
    Frame read(String cameraId, long sequence) throws CaptureException;

    /**
     * Whether the camera delivers pictures as the world moves on, so it must be read continuously or it
     * falls behind (a device, a stream). A recording (files) is not live: played without a frame rate, its
     * next picture is read only once the previous one was taken, so no picture is decoded for nothing.
     */
    default boolean isLive() {
        return true;
    }

    /** Releases the device or connection; never throws. */
    @Override
    void close();
}
