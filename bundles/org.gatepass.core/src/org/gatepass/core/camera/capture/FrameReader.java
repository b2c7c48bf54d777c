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

    /** Releases the device or connection; never throws. */
    @Override
    void close();
}
