package org.gatepass.camera.opencv.internal;

import static org.gatepass.camera.testing.CameraStatusWait.awaitState;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.gatepass.camera.testing.RecordingSink;
import org.gatepass.core.camera.CameraStatus;
import org.gatepass.core.camera.CameraStatus.State;
import org.gatepass.core.camera.capture.CaptureLoop;
import org.junit.jupiter.api.Test;

/** USB cameras that are not there: a clear status, no exception, and stop() still works. */
class UsbCameraTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Test
    void aDeviceIndexWithoutCameraIsNotAvailable() throws Exception {
        CaptureLoop camera = new CaptureLoop("usb-test", "", new UsbConnector("57", 640, 480, 15), Duration.ZERO);
        RecordingSink sink = new RecordingSink();
        camera.start(sink);

        CameraStatus status = awaitState(camera, State.NOT_AVAILABLE, PATIENCE);
        assertEquals("no camera with index 57", status.reason());
        camera.stop();
        assertEquals(State.STOPPED, camera.status().state());
        assertEquals(0, sink.count());
    }

    @Test
    void aDevicePathThatDoesNotExistIsNotAvailable() throws Exception {
        CaptureLoop camera = new CaptureLoop("usb-test", "", new UsbConnector("/dev/video-gatepass-missing", 0, 0, 0), Duration.ZERO);
        camera.start(new RecordingSink());

        assertEquals("no device /dev/video-gatepass-missing", awaitState(camera, State.NOT_AVAILABLE, PATIENCE).reason());
        camera.stop();
        assertEquals(State.STOPPED, camera.status().state());
    }
}
