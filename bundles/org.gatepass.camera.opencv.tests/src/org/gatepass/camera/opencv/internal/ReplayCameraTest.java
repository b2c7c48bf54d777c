package org.gatepass.camera.opencv.internal;

import static org.gatepass.camera.testing.CameraStatusWait.awaitState;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gatepass.camera.testing.RecordingSink;
import org.gatepass.camera.testing.RecordingSink.Delivery;
import org.gatepass.core.camera.CameraPreview;
import org.gatepass.core.camera.CameraStatus;
import org.gatepass.core.camera.CameraViewer;
import org.gatepass.core.camera.CameraStatus.State;
import org.gatepass.core.camera.Frame;
import org.gatepass.core.camera.FrameSink;
import org.gatepass.core.camera.capture.CaptureLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.imgcodecs.Imgcodecs;

/** Replay cameras on real files: LFW photos, and images and an AVI written by OpenCV in the test. */
class ReplayCameraTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir
    Path temp;

    private CaptureLoop camera;

    private CaptureLoop replay(Path path, double fps) {
        camera = new CaptureLoop("replay-test", "Replay test", new ReplayConnector(path), CaptureLoop.frameInterval(fps));
        return camera;
    }

    @AfterEach
    void stopCamera() {
        if (camera != null) {
            camera.stop();
        }
    }

    @Test
    void playsAFolderOfLfwPhotosInNameOrderNoFasterThanTheSetRate() throws Exception {
        Path folder = TestPictures.lfwFolder();
        List<Path> photos;
        try (Stream<Path> files = Files.list(folder)) {
            photos = files.sorted(Comparator.comparing(Path::toString)).toList();
        }
        RecordingSink sink = new RecordingSink();
        replay(folder, 20).start(sink);

        List<Frame> first = sink.awaitFrames(6, PATIENCE);
        assertEquals(State.LIVE, camera.status().state());
        // pacing, not speed: a loaded machine may play slower, never faster (6 frames at 20 fps span 250 ms)
        long span = Duration.between(first.getFirst().capturedAt(), first.getLast().capturedAt()).toMillis();
        assertTrue(span >= 225, "20 fps were asked for, 6 frames were captured within " + span + " ms");

        for (Frame frame : first) {
            assertEquals("replay-test", frame.cameraId());
            assertEquals(250, frame.width());
            assertEquals(250, frame.height());
            assertArrayEquals(pixelsOf(photos.get((int) (frame.sequence() % photos.size()))), frame.bgr(),
                    "frame " + frame.sequence() + " is photo " + frame.sequence() % photos.size() + " in name order");
        }
        List<Frame> all = sink.frames();
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i).sequence() > all.get(i - 1).sequence(), "sequence numbers increase");
        }
    }

    @Test
    void skipsACorruptImageInAFolder() throws Exception {
        TestPictures.writeImage(temp.resolve("a.png"), 64, 48, new Scalar(255, 0, 0));
        Files.write(temp.resolve("b.jpg"), "this is not a JPEG".getBytes());
        TestPictures.writeImage(temp.resolve("c.jpg"), 80, 60, new Scalar(0, 0, 255));
        RecordingSink sink = new RecordingSink();
        replay(temp, 50).start(sink);

        List<Frame> frames = sink.awaitFrames(6, PATIENCE);
        assertEquals(Set.of("64x48", "80x60"), frames.stream().map(f -> f.width() + "x" + f.height()).collect(Collectors.toSet()));
        assertEquals(State.LIVE, camera.status().state());
    }

    @Test
    void playsAnMjpegAviWrittenByOpenCvInALoop() throws Exception {
        Path video = TestPictures.writeGreyRampVideo(temp.resolve("ramp.avi"), 10, 160, 120);
        RecordingSink sink = new RecordingSink();
        replay(video, 100).start(sink);

        List<Frame> frames = sink.awaitFrames(25, PATIENCE);
        for (Frame frame : frames) {
            assertEquals(160, frame.width());
            assertEquals(120, frame.height());
            double expected = 20 * (frame.sequence() % 10);
            double level = TestPictures.meanLevel(frame.bgr());
            assertTrue(Math.abs(level - expected) < 8, "frame " + frame.sequence() + " has grey " + level + ", expected " + expected);
        }
        assertTrue(frames.getLast().sequence() >= 20, "the 10-frame video was played more than twice");
    }

    @Test
    void aSlowSinkGetsTheNewestFrameAndNoBacklog() throws Exception {
        TestPictures.writeImage(temp.resolve("a.png"), 32, 24, new Scalar(0, 255, 0));
        RecordingSink slowSink = new RecordingSink(Duration.ofMillis(200));
        replay(temp, 100).start(slowSink);

        slowSink.awaitFrames(6, PATIENCE);
        camera.stop();
        List<Delivery> deliveries = slowSink.deliveries();

        for (int i = 1; i < deliveries.size(); i++) {
            Delivery previous = deliveries.get(i - 1);
            Frame frame = deliveries.get(i).frame();
            long skipped = frame.sequence() - previous.frame().sequence();
            assertTrue(skipped >= 5, "frames captured while the sink was busy were replaced, not queued: gap " + skipped);
            assertFalse(frame.capturedAt().isBefore(previous.receivedAt()),
                    "frame " + frame.sequence() + " was captured while the sink worked on the one before, none older waited");
        }
        Thread.sleep(300);
        assertEquals(deliveries.size(), slowSink.count(), "nothing is delivered after stop()");
    }

    @Test
    void viewersSeeTheCameraRateAndAStalledViewerNeverSlowsTheSink() throws Exception {
        TestPictures.writeImage(temp.resolve("a.png"), 32, 24, new Scalar(0, 255, 0));
        replay(temp, 50);
        RecordingSink watching = new RecordingSink();
        List<State> states = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        CameraPreview fast = camera.preview(viewer(watching, states));
        CameraPreview stalled = camera.preview(viewer(frame -> awaitQuietly(release), status -> { }));
        RecordingSink slowSink = new RecordingSink(Duration.ofMillis(200));
        try {
            camera.start(slowSink);
            // with one viewer stalled for good, the sink and the other viewer go on
            slowSink.awaitFrames(8, PATIENCE);
            int seen = watching.count();
            int processed = slowSink.count();
            assertTrue(seen > 2 * processed, "a viewer of a 50 frames/s camera saw " + seen
                    + " frames while a sink busy 200 ms per frame got " + processed);
            // statuses wait in a newest-wins slot like frames: a viewer may skip CONNECTING, never see them out of order
            List<State> order = List.of(State.STOPPED, State.CONNECTING, State.LIVE);
            List<Integer> seenInOrder = states.stream().map(order::indexOf).toList();
            assertTrue(!states.isEmpty() && states.get(states.size() - 1) == State.LIVE && !seenInOrder.contains(-1)
                    && seenInOrder.equals(seenInOrder.stream().sorted().distinct().toList()),
                    "the viewer learnt the newest status, in order: " + states);

            fast.close();
            int afterClose = watching.count();
            Thread.sleep(300);
            assertEquals(afterClose, watching.count(), "a closed viewer gets no more frames");
        } finally {
            release.countDown();
            stalled.close();
        }
    }

    private static CameraViewer viewer(FrameSink frames, Consumer<CameraStatus> statuses) {
        return new CameraViewer() {
            @Override
            public void frame(Frame frame) {
                frames.accept(frame);
            }

            @Override
            public void status(CameraStatus status) {
                statuses.accept(status);
            }
        };
    }

    private static CameraViewer viewer(FrameSink frames, List<State> states) {
        return viewer(frames, status -> states.add(status.state()));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void withoutAFrameRateEveryPictureIsPlayedAsFastAsTheSinkTakesIt() throws Exception {
        for (int i = 0; i < 5; i++) {
            TestPictures.writeImage(temp.resolve("p" + i + ".png"), 40, 30, Scalar.all(40 * i));
        }
        RecordingSink slowSink = new RecordingSink(Duration.ofMillis(100));
        replay(temp, 0).start(slowSink);

        List<Frame> frames = slowSink.awaitFrames(8, PATIENCE);
        for (int i = 0; i < frames.size(); i++) {
            assertEquals(i, frames.get(i).sequence(), "a recording waits for the sink: no picture skipped or decoded for nothing");
            assertEquals(40 * (i % 5), TestPictures.meanLevel(frames.get(i).bgr()), 1, "picture " + i % 5 + " in name order");
        }
        Thread.sleep(500);
        int delivered = slowSink.count();
        camera.stop();
        assertTrue(delivered <= 8 + 6, "a sink busy 100 ms per frame got " + delivered + " frames");
    }

    @Test
    void aMissingFolderIsNotAvailableUntilItAppears() throws Exception {
        Path later = temp.resolve("later");
        RecordingSink sink = new RecordingSink();
        replay(later, 20).start(sink);

        CameraStatus missing = awaitState(camera, State.NOT_AVAILABLE, PATIENCE);
        assertEquals(later + " does not exist", missing.reason());

        Files.createDirectory(later);
        TestPictures.writeImage(later.resolve("a.png"), 32, 24, new Scalar(0, 255, 0));
        awaitState(camera, State.LIVE, PATIENCE);
        sink.awaitFrames(1, PATIENCE);
    }

    @Test
    void aFileThatIsNoVideoIsNotAvailable() throws Exception {
        Path notAVideo = Files.writeString(temp.resolve("clip.avi"), "no video here");
        replay(notAVideo, 20).start(new RecordingSink());

        CameraStatus status = awaitState(camera, State.NOT_AVAILABLE, PATIENCE);
        assertEquals("cannot play " + notAVideo + ": not an MJPEG AVI file", status.reason());
        camera.stop();
        assertEquals(State.STOPPED, camera.status().state());
    }

    private static byte[] pixelsOf(Path photo) throws IOException {
        Mat image = Imgcodecs.imread(photo.toString(), Imgcodecs.IMREAD_COLOR);
        try {
            byte[] bgr = new byte[(int) image.total() * 3];
            image.get(0, 0, bgr);
            return bgr;
        } finally {
            image.release();
        }
    }
}
