/**
 * Cameras as the rest of Gatepass sees them: a {@link org.gatepass.core.camera.CameraSource} service per
 * configured camera, whatever its type (USB webcam, replay of recorded images, IP camera).
 *
 * <h2>Using a camera</h2>
 * Find the {@code CameraSource} service, by its {@code camera.id} service property when a particular camera is
 * wanted, and call {@link org.gatepass.core.camera.CameraSource#start(FrameSink) start(sink)}. The source opens
 * its device on a thread of its own and calls the sink with each {@link org.gatepass.core.camera.Frame}, again on
 * a thread of its own (one per camera, never the caller's, never the UI thread). {@code stop()} ends both; once it
 * returns the sink is not called again. A source can be started again after it was stopped.
 *
 * <h2>Newest frame wins</h2>
 * Capture never waits for the sink. Between the two threads sits a single slot: a frame the sink has not taken yet
 * is replaced by the next one. A slow sink therefore always gets the most recent frame and never a backlog;
 * the frames it missed show as gaps in {@link org.gatepass.core.camera.Frame#sequence()}.
 *
 * <h2>Watching without slowing the gate</h2>
 * {@link org.gatepass.core.camera.CameraSource#preview(CameraViewer) preview(viewer)} adds a viewer, for a live
 * picture: it is fed from the capture thread through a newest-frame-wins slot of its own and called on a thread of
 * its own, so viewers see the camera's own frame rate while the sink keeps its pace, and a stalled viewer only
 * misses frames.
 *
 * <h2>Failures</h2>
 * A source never throws at its user because its camera is missing or lost. {@code status()} says what is going
 * on ({@link org.gatepass.core.camera.CameraStatus}): connecting, live, not available (never reached since
 * {@code start}) or disconnected (was live, then lost), with a reason for a person and the time it began. While
 * started, a source retries by itself, with a growing pause between attempts, and goes live again when its
 * camera comes back.
 *
 * <p>Writing a new camera type: see {@link org.gatepass.core.camera.capture}.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.gatepass.core.camera;
