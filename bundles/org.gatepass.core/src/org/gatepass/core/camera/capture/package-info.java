/**
 * Building blocks for camera plug-ins. A camera type provides a {@link org.gatepass.core.camera.capture.CameraConnector}
 * (opens the device and returns a {@link org.gatepass.core.camera.capture.FrameReader}) and registers a
 * {@link org.gatepass.core.camera.CameraSource} that delegates to a
 * {@link org.gatepass.core.camera.capture.CaptureLoop}. The loop owns the threads, the newest-frame-wins handoff,
 * pacing to a frame rate, retries with backoff and the status, so every camera type behaves the same.
 *
 * <p>Connectors and readers are called on the camera's capture thread only, which keeps libraries that are not
 * thread-safe (OpenCV's {@code VideoCapture}) on one thread. A reader reports a lost or unusable camera by throwing
 * {@link org.gatepass.core.camera.capture.CaptureException} with a reason for a person; the loop closes it and
 * connects again later.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.gatepass.core.camera.capture;
