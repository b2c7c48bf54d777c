package org.gatepass.core.camera;

/**
 * Receives the frames of a started {@link CameraSource}, on that camera's delivery thread. Taking long is allowed:
 * the camera keeps capturing and hands over its newest frame when the sink returns. An exception thrown here is
 * logged and the next frame is delivered as usual.
 */
@FunctionalInterface
public interface FrameSink {
    void accept(Frame frame);
}
