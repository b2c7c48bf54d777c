package org.gatepass.gate.internal;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.gatepass.core.camera.CameraSource;
import org.gatepass.vision.OpenSetPolicy;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.dictionary.Dictionaries;
import org.osgi.test.common.service.ServiceAware;

/**
 * Gate runtimes made by a test beside the workstation's own ("stations"), with replay cameras of their own, and
 * waiting for what the gate does.
 */
final class GateHarness {
    /** Camera property that keeps a station's camera away from the workstation's gate runtime. */
    static final String STATION = "gatepass.test.station";
    /** Workstation gate setting that makes it leave the stations' cameras alone. */
    static final String IGNORE_STATION_CAMERAS = "(!(" + STATION + "=*))";

    private GateHarness() {
    }

    static GateConfig settings(int cooldownSeconds, int confirmationFrames) {
        return new GateConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return GateConfig.class;
            }

            @Override
            public int cooldownSeconds() {
                return cooldownSeconds;
            }

            @Override
            public int confirmationFrames() {
                return confirmationFrames;
            }

            @Override
            public double targetFpir() {
                return OpenSetPolicy.DEFAULT_TARGET_FPIR;
            }

            @Override
            public float minMargin() {
                return OpenSetPolicy.DEFAULT_MIN_MARGIN;
            }

            @Override
            public int accessRefreshSeconds() {
                return 1;
            }

            @Override
            public int keepEventsDays() {
                return 0;
            }

            @Override
            public int keepPicturesDays() {
                return 0;
            }

            @Override
            public int keepUnknownFacesDays() {
                return 0;
            }

            @Override
            public int keepDeliveredNotificationsDays() {
                return 0;
            }
        };
    }

    /** A replay camera for a station, started by that station's runtime once handed over with {@link #addCamera}. */
    static Configuration stationCamera(ConfigurationAdmin configurations, String cameraId, Path replay, int fps) throws Exception {
        Configuration camera = configurations.createFactoryConfiguration("org.gatepass.camera.replay", "?");
        camera.update(Dictionaries.<String, Object> dictionaryOf("camera.id", cameraId, "path", replay.toString(), "fps", (double) fps,
                STATION, cameraId));
        return camera;
    }

    /** Hands the station its camera as the workstation's runtime would get it: the service and its properties. */
    static CameraSource addCamera(GateRuntime station, String cameraId) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(GateHarness.class).getBundleContext();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Collection<ServiceReference<CameraSource>> found = context.getServiceReferences(CameraSource.class,
                    "(&(camera.id=" + cameraId + ")(" + STATION + "=*))");
            if (!found.isEmpty()) {
                ServiceReference<CameraSource> reference = found.iterator().next();
                CameraSource camera = context.getService(reference);
                station.addCamera(camera, FrameworkUtil.asMap(reference.getProperties()));
                return camera;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Camera " + cameraId + " did not appear");
    }

    /** The replays loop: waits until each worker was handed the last frame once (frames may be skipped, never replayed early). */
    static void waitUntilPlayedOnce(int frames, int fps, List<Supplier<Optional<CameraWorker>>> workers) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(frames / fps + 60).toNanos();
        while (System.nanoTime() < deadline) {
            if (workers.stream().allMatch(w -> w.get().map(worker -> worker.lastSequence() >= frames - 1).orElse(false))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The replay cameras did not play their " + frames + " frames in time");
    }

    /** A new configuration restarts the workstation's gate component: waits for the new instance. */
    static GateRuntime restarted(ServiceAware<GateRuntime> gates, GateRuntime before) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            GateRuntime now = gates.getService();
            if (now != null && now != before) {
                return now;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The gate did not restart with its new configuration");
    }
}
