package org.gatepass.camera.mjpeg.internal;

/** How an IP camera hands out pictures. */
public enum IpCameraMode {
    /** An endless MJPEG stream (multipart/x-mixed-replace), at the camera's own rate. */
    STREAM,
    /** One JPEG per request, polled at the configured rate. */
    SNAPSHOT
}
