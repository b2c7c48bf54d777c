package org.gatepass.gate.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.camera.testing.WalkThroughScript;
import org.gatepass.core.camera.CameraPreview;
import org.gatepass.core.camera.CameraSource;
import org.gatepass.core.camera.CameraStatus;
import org.gatepass.core.camera.CameraViewer;
import org.gatepass.core.camera.Frame;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.security.OperatorService;
import org.gatepass.core.storage.PersonRepository;
import org.gatepass.gate.EnrollmentService;
import org.gatepass.persistence.testing.TestOperators;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.dictionary.Dictionaries;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The gate's end-to-end speed on this machine, printed, not asserted (docs/performance.md): frames per
 * second per camera with 1, 4 and 8 replay cameras playing as fast as they can, and the time from a face
 * coming into view to its event stored with one camera at 30 frames/s. Its name keeps it out of the test
 * runs; the {@code bench-gate} profile of this module runs it alone (the command is in docs/performance.md).
 */
@ExtendWith(ServiceExtension.class)
class GateThroughputBench {
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration MEASURE = Duration.ofSeconds(15);

    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurations;
    @InjectService(timeout = 10_000)
    OperatorService operators;
    @InjectService(timeout = 10_000)
    PersonRepository persons;
    @InjectService(timeout = 10_000)
    EnrollmentService enrollment;
    @InjectService(timeout = 30_000)
    ServiceAware<GateRuntime> gates;

    @Test
    void measure() throws Exception {
        assumeTrue(Boolean.getBoolean("gatepass.bench.gate"), "a benchmark: run it with -Dgatepass.bench.gate=true");
        enrol("Tony Blair", "Tony_Blair", 18, 32);
        enrol("Jiang Zemin", "Jiang_Zemin", 1, 2);
        Path replay = Files.createTempDirectory("gatepass-bench-");
        WalkThroughScript script = new WalkThroughScript(replay);
        for (int round = 0; round < 3; round++) {
            script.appearance(SharedFaces.photo("Tony_Blair", 48), 30).nobody(15)
                    .appearance(SharedFaces.photo("Jiang_Zemin", 3), 30).nobody(15)
                    .appearance(SharedFaces.photo("Silvio_Berlusconi", 6), 30).nobody(15); // longer than the tracker keeps a lost face
        }
        System.out.printf("%nGATE BENCHMARK: 640x480 frames, one face in view %d%% of the time, %d processors%n",
                100 * 270 / script.frames(), Runtime.getRuntime().availableProcessors());
        for (int cameras : new int[] { 1, 4, 8 }) {
            List<Double> rates = framesPerSecond(replay, cameras);
            System.out.printf("GATE BENCHMARK: %d camera(s) as fast as possible: %s frames/s per camera, %.1f in all%n", cameras, rates,
                    rates.stream().mapToDouble(Double::doubleValue).sum());
        }
        for (boolean watched : new boolean[] { false, true }) {
            Watched result = watchedFramesPerSecond(replay, 4, 25, watched);
            System.out.printf("GATE BENCHMARK: 4 cameras at 25 frames/s, %s: gate %s frames/s per camera; viewers saw %s frames/s%n",
                    watched ? "each with a viewer copying every frame and a stalled viewer" : "no viewer", result.gate(), result.viewers());
        }
        Configuration gateSettings = configurations.getConfiguration(GateRuntime.PID, "?");
        // every pass is a decision, for many latency samples
        gateSettings.update(Dictionaries.<String, Object> dictionaryOf("cooldownSeconds", 1));
        List<Duration> latencies;
        try {
            Thread.sleep(2000); // the gate restarts with the new setting
            latencies = latencies(replay);
        } finally {
            gateSettings.delete();
        }
        System.out.printf("GATE BENCHMARK: face in view to event stored, 1 camera at 30 frames/s: median %d ms, p95 %d ms (%d decisions)%n",
                percentile(latencies, 50), percentile(latencies, 95), latencies.size());
    }

    private void enrol(String name, String folder, int... photos) {
        Person person = persons.insert(Person.newPerson(name, PersonCategory.EMPLOYEE));
        List<Path> files = new ArrayList<>();
        for (int photo : photos) {
            files.add(SharedFaces.photo(folder, photo));
        }
        enrollment.recordConsent(TestOperators.admin(operators), person.id(), TestConsent.TEXT);
        enrollment.enrollPhotos(TestOperators.admin(operators), person.id(), files);
    }

    private List<Double> framesPerSecond(Path replay, int cameras) throws Exception {
        List<Configuration> configs = start(replay, cameras, 0);
        try {
            Thread.sleep(WARM_UP.toMillis());
            GateRuntime gate = gates.getService();
            long[] before = new long[cameras];
            for (int i = 0; i < cameras; i++) {
                before[i] = gate.worker("bench-" + i).orElseThrow().framesProcessed();
            }
            Thread.sleep(MEASURE.toMillis());
            List<Double> rates = new ArrayList<>();
            for (int i = 0; i < cameras; i++) {
                long frames = gate.worker("bench-" + i).orElseThrow().framesProcessed() - before[i];
                rates.add(Math.round(10.0 * frames / MEASURE.toSeconds()) / 10.0);
            }
            return rates;
        } finally {
            stop(configs);
        }
    }

    /** Frames/s the gate processes and the copying viewers see, per camera. */
    private record Watched(List<Double> gate, List<Double> viewers) {
    }

    private Watched watchedFramesPerSecond(Path replay, int cameras, double fps, boolean watched) throws Exception {
        List<Configuration> configs = start(replay, cameras, fps);
        List<CameraPreview> previews = new ArrayList<>();
        List<AtomicLong> seen = new ArrayList<>();
        CountDownLatch never = new CountDownLatch(1);
        try {
            if (watched) {
                BundleContext context = FrameworkUtil.getBundle(GateThroughputBench.class).getBundleContext();
                for (int i = 0; i < cameras; i++) {
                    CameraSource camera = context.getService(context.getServiceReferences(CameraSource.class, "(camera.id=bench-" + i + ")")
                            .iterator().next());
                    AtomicLong frames = new AtomicLong();
                    seen.add(frames);
                    previews.add(camera.preview(viewer(frame -> {
                        frames.incrementAndGet();
                        frame.bgr().clone(); // what a screen's image conversion costs, roughly
                    })));
                    previews.add(camera.preview(viewer(frame -> awaitQuietly(never))));
                }
            }
            Thread.sleep(WARM_UP.toMillis());
            GateRuntime gate = gates.getService();
            long[] before = new long[cameras];
            long[] seenBefore = new long[seen.size()];
            for (int i = 0; i < cameras; i++) {
                before[i] = gate.worker("bench-" + i).orElseThrow().framesProcessed();
            }
            for (int i = 0; i < seen.size(); i++) {
                seenBefore[i] = seen.get(i).get();
            }
            Thread.sleep(MEASURE.toMillis());
            List<Double> rates = new ArrayList<>();
            for (int i = 0; i < cameras; i++) {
                rates.add(perSecond(gate.worker("bench-" + i).orElseThrow().framesProcessed() - before[i]));
            }
            List<Double> viewers = new ArrayList<>();
            for (int i = 0; i < seen.size(); i++) {
                viewers.add(perSecond(seen.get(i).get() - seenBefore[i]));
            }
            return new Watched(rates, viewers);
        } finally {
            never.countDown();
            previews.forEach(CameraPreview::close);
            stop(configs);
        }
    }

    private static double perSecond(long frames) {
        return Math.round(10.0 * frames / MEASURE.toSeconds()) / 10.0;
    }

    private static CameraViewer viewer(Consumer<Frame> frames) {
        return new CameraViewer() {
            @Override
            public void frame(Frame frame) {
                frames.accept(frame);
            }

            @Override
            public void status(CameraStatus status) {
                // the bench counts frames only
            }
        };
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Duration> latencies(Path replay) throws Exception {
        List<Configuration> configs = start(replay, 1, 30);
        try {
            Thread.sleep(WARM_UP.plus(MEASURE).toMillis());
            return gates.getService().worker("bench-0").orElseThrow().decisionLatencies();
        } finally {
            stop(configs);
        }
    }

    private List<Configuration> start(Path replay, int cameras, double fps) throws Exception {
        List<Configuration> configs = new ArrayList<>();
        for (int i = 0; i < cameras; i++) {
            Configuration config = configurations.createFactoryConfiguration("org.gatepass.camera.replay", "?");
            config.update(Dictionaries.<String, Object> dictionaryOf("camera.id", "bench-" + i, "path", replay.toString(), "fps", fps));
            configs.add(config);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (gates.getService().cameras().stream().filter(c -> c.cameraId().startsWith("bench-")).count() < cameras) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The bench cameras did not start");
            }
            Thread.sleep(50);
        }
        return configs;
    }

    private static void stop(List<Configuration> configs) throws Exception {
        for (Configuration config : configs) {
            config.delete();
        }
        Thread.sleep(1000);
    }

    private static long percentile(List<Duration> values, int percent) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = values.stream().map(Duration::toMillis).sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
