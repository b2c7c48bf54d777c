package org.gatepass.camera.mjpeg.internal;

import static org.gatepass.camera.testing.CameraStatusWait.awaitState;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.gatepass.camera.testing.RecordingSink;
import org.gatepass.core.camera.CameraStatus;
import org.gatepass.core.camera.CameraStatus.State;
import org.gatepass.core.camera.Frame;
import org.gatepass.core.camera.capture.CameraConnector;
import org.gatepass.core.camera.capture.CaptureLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** IP cameras against a real HTTP server on 127.0.0.1. */
class IpCameraTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Duration TIMEOUT = Duration.ofMillis(500);

    private TestCameraServer server;
    private CaptureLoop camera;

    @BeforeEach
    void startServer() throws Exception {
        server = new TestCameraServer(0, 320, 240);
    }

    @AfterEach
    void stopAll() throws Exception {
        if (camera != null) {
            camera.stop();
        }
        server.close();
    }

    private CameraHttp http(String path) {
        return new CameraHttp(URI.create(server.url(path)), "", CameraPassword.NONE, TIMEOUT, TIMEOUT);
    }

    private CaptureLoop camera(CameraConnector connector, Duration frameInterval) {
        camera = new CaptureLoop("ip-test", "IP test", connector, frameInterval);
        return camera;
    }

    @Test
    void aStreamWithContentLengthsDeliversFramesOfTheRightSizeAndColour() throws Exception {
        RecordingSink sink = new RecordingSink();
        camera(new MjpegStreamConnector(http("/stream")), Duration.ZERO).start(sink);

        List<Frame> frames = sink.awaitFrames(5, PATIENCE);
        assertEquals(State.LIVE, camera.status().state());
        for (Frame frame : frames) {
            assertEquals(320, frame.width());
            assertEquals(240, frame.height());
            int centre = (120 * 320 + 160) * 3;
            for (int channel = 0; channel < 3; channel++) {
                int value = frame.bgr()[centre + channel] & 0xff;
                assertTrue(Math.abs(value - TestCameraServer.COLOUR_BGR[channel]) <= 4, "channel " + channel + " is " + value);
            }
        }
    }

    @Test
    void aStreamWithoutContentLengthsIsSplitAtItsBoundaries() throws Exception {
        RecordingSink sink = new RecordingSink();
        camera(new MjpegStreamConnector(http("/stream-without-lengths")), Duration.ZERO).start(sink);

        for (Frame frame : sink.awaitFrames(5, PATIENCE)) {
            assertEquals(320, frame.width());
            assertEquals(240, frame.height());
        }
    }

    @Test
    void aCameraThatGoesAwayIsDisconnectedAndComesBackLiveByItself() throws Exception {
        int port = server.port();
        RecordingSink sink = new RecordingSink();
        camera(new MjpegStreamConnector(http("/stream")), Duration.ZERO).start(sink);
        sink.awaitFrames(3, PATIENCE);

        server.close();
        CameraStatus lost = awaitState(camera, State.DISCONNECTED, PATIENCE);
        assertFalse(lost.reason().isBlank());
        int framesWhileLive = sink.count();

        server = new TestCameraServer(port, 320, 240);
        awaitState(camera, State.LIVE, Duration.ofSeconds(20));
        sink.awaitFrames(framesWhileLive + 3, PATIENCE);
    }

    @Test
    void aSnapshotUrlIsPolledAtTheSetRate() throws Exception {
        RecordingSink sink = new RecordingSink();
        camera(new SnapshotConnector(http("/snapshot.jpg")), CaptureLoop.frameInterval(10)).start(sink);

        List<Frame> frames = sink.awaitFrames(6, PATIENCE);
        assertEquals(320, frames.getFirst().width());
        assertEquals(240, frames.getFirst().height());
        // pacing, not speed: 6 frames at 10 per second span 500 ms however fast the server answers
        long span = Duration.between(frames.getFirst().capturedAt(), frames.getLast().capturedAt()).toMillis();
        assertTrue(span >= 450, "10 snapshots per second were asked for, 6 came within " + span + " ms");
        assertTrue(server.snapshotsServed() <= sink.count() + 2, "one request per frame");
    }

    @Test
    void aRefusedConnectionIsSaidSo() throws Exception {
        int port = server.port();
        server.close();
        camera(new MjpegStreamConnector(new CameraHttp(URI.create("http://127.0.0.1:" + port + "/stream"), "", CameraPassword.NONE, TIMEOUT, TIMEOUT)),
                Duration.ZERO).start(new RecordingSink());

        assertEquals("connection refused by 127.0.0.1:" + port, awaitState(camera, State.NOT_AVAILABLE, PATIENCE).reason());
    }

    @Test
    void aCameraThatStallsTimesOut() throws Exception {
        camera(new MjpegStreamConnector(http("/stall")), Duration.ZERO).start(new RecordingSink());

        String reason = awaitState(camera, State.NOT_AVAILABLE, PATIENCE).reason();
        assertTrue(reason.startsWith("timeout"), reason);
    }

    @Test
    void aWebPageIsNotTakenForAStream() throws Exception {
        camera(new MjpegStreamConnector(http("/page")), Duration.ZERO).start(new RecordingSink());

        assertEquals("not an MJPEG stream (Content-Type text/html)", awaitState(camera, State.NOT_AVAILABLE, PATIENCE).reason());
    }

    @Test
    void aSnapshotUrlUsedAsStreamSuggestsSnapshotMode() throws Exception {
        camera(new MjpegStreamConnector(http("/snapshot.jpg")), Duration.ZERO).start(new RecordingSink());

        assertEquals("not an MJPEG stream (Content-Type image/jpeg): use mode SNAPSHOT for a single image",
                awaitState(camera, State.NOT_AVAILABLE, PATIENCE).reason());
    }

    @Test
    void stopEndsDeliveryAtOnce() throws Exception {
        RecordingSink sink = new RecordingSink();
        camera(new MjpegStreamConnector(http("/stream")), Duration.ZERO).start(sink);
        sink.awaitFrames(2, PATIENCE);

        long started = System.nanoTime();
        camera.stop();
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(2).toNanos(), "stop() returned promptly");
        int atStop = sink.count();
        Thread.sleep(300);
        assertEquals(atStop, sink.count());
        assertEquals(State.STOPPED, camera.status().state());
    }
}
