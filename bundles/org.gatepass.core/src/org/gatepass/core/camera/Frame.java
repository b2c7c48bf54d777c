package org.gatepass.core.camera;

import java.time.Instant;
import java.util.Objects;

/**
 * One picture from a camera: 8-bit BGR, 3 bytes per pixel, rows top to bottom, no padding between rows.
 * The pixel array is handed over, not copied, for speed: treat it as read-only.
 *
 * @param cameraId   the {@link CameraSource#id()} of the camera that took it
 * @param bgr        width × height × 3 bytes
 * @param capturedAt when the camera source received it
 * @param sequence   counts the frames a source captured since {@link CameraSource#start(FrameSink)}, from 0; a gap
 *                   means frames were replaced before the sink took them
 */
public record Frame(String cameraId, int width, int height, byte[] bgr, Instant capturedAt, long sequence) {
    public static final int BYTES_PER_PIXEL = 3;

    public Frame {
        Objects.requireNonNull(cameraId, "cameraId");
        Objects.requireNonNull(bgr, "bgr");
        Objects.requireNonNull(capturedAt, "capturedAt");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A frame needs a positive size, not " + width + "x" + height);
        }
        if ((long) width * height * BYTES_PER_PIXEL != bgr.length) {
            throw new IllegalArgumentException("A " + width + "x" + height + " BGR frame has "
                    + (long) width * height * BYTES_PER_PIXEL + " bytes, not " + bgr.length);
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("The sequence number cannot be negative: " + sequence);
        }
    }

    @Override
    public String toString() {
        return "Frame[" + cameraId + " #" + sequence + " " + width + "x" + height + " at " + capturedAt + "]";
    }
}
