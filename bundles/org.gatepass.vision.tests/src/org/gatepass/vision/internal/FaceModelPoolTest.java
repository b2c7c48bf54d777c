package org.gatepass.vision.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.gatepass.core.DataDirectory;
import org.gatepass.vision.Frame;
import org.gatepass.vision.ObservedFace;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;

/** Several cameras through one pipeline at once, on real models and LFW faces. */
class FaceModelPoolTest {
    private static final QualityGate QUALITY = new QualityGate(QualityGate.DEFAULT_MIN_FACE_SIZE, QualityGate.DEFAULT_MIN_SHARPNESS,
            QualityGate.DEFAULT_MAX_YAW);

    @Test
    void concurrentCallsGiveTheSameFacesAsOneAtATimeWithAtMostTheLimitOfModelSets() throws Exception {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            frames.add(frameWith(BlazeFaceDetectorTest.SINGLE_FACES.get(i)));
        }
        AtomicInteger made = new AtomicInteger();
        FaceModelPool pool = new FaceModelPool(() -> {
            made.incrementAndGet();
            return newModels();
        }, 2);
        DefaultFacePipeline pipeline = new DefaultFacePipeline(TestModels.selectedShipped(), pool, QUALITY);
        List<float[]> alone = new ArrayList<>();
        for (Frame frame : frames) {
            alone.add(onlyFace(pipeline.process(frame)));
        }
        assertEquals(1, made.get(), "one caller at a time needs one set of models");

        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> cameras = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            int camera = c;
            cameras.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                    for (int round = 0; round < 10; round++) {
                        int i = (camera + round) % frames.size();
                        assertArrayEquals(alone.get(i), onlyFace(pipeline.process(frames.get(i))), 1e-5f,
                                "camera " + camera + " round " + round + ": the embedding of face " + i);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        start.countDown();
        for (Thread camera : cameras) {
            camera.join();
        }
        assertTrue(failures.isEmpty(), () -> failures.peek().toString());
        assertEquals(2, pool.created(), "four callers share the two sets the limit allows");
        assertEquals(2, made.get());
    }

    @Test
    void busyCallersAreServedInTurn() throws Exception {
        Frame frame = frameWith(BlazeFaceDetectorTest.SINGLE_FACES.get(0));
        DefaultFacePipeline pipeline = new DefaultFacePipeline(TestModels.selectedShipped(), new FaceModelPool(FaceModelPoolTest::newModels, 1), QUALITY);
        AtomicBoolean running = new AtomicBoolean(true);
        int[] calls = new int[4];
        List<Thread> cameras = new ArrayList<>();
        for (int c = 0; c < calls.length; c++) {
            int camera = c;
            cameras.add(Thread.ofPlatform().start(() -> {
                while (running.get()) {
                    pipeline.process(frame);
                    calls[camera]++;
                }
            }));
        }
        Thread.sleep(3000);
        running.set(false);
        for (Thread camera : cameras) {
            camera.join();
        }
        int fewest = Integer.MAX_VALUE, most = 0;
        for (int count : calls) {
            fewest = Math.min(fewest, count);
            most = Math.max(most, count);
        }
        String counts = java.util.Arrays.toString(calls);
        assertTrue(most >= 5, "the pipeline ran: " + counts);
        assertTrue(most - fewest <= 2, "four callers sharing one set of models each got their turn: " + counts);
    }

    private static FaceModels newModels() {
        try {
            return FaceModels.shipped(DataDirectory.resolve().resolve("models"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 640x480 camera frame with one LFW photo in the middle. */
    private static Frame frameWith(String lfwImage) {
        Mat canvas = new Mat(480, 640, CvType.CV_8UC3, Scalar.all(90));
        Mat photo = SharedData.lfwImage(lfwImage);
        try {
            photo.copyTo(canvas.submat(new Rect(195, 115, 250, 250)));
            return Frames.toFrame(canvas);
        } finally {
            photo.release();
            canvas.release();
        }
    }

    private static float[] onlyFace(List<ObservedFace> faces) {
        assertEquals(1, faces.size(), faces.toString());
        assertTrue(faces.get(0).quality().accepted(), faces.toString());
        return faces.get(0).embedding().vector();
    }
}
