package org.gatepass.gate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.core.gate.CameraMode;
import org.gatepass.gate.GateProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.dictionary.Dictionaries;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * A running camera whose settings change keeps running under its component (it takes them without a restart); the
 * gate must follow: a new id, mode or threshold gets a new lane, other changes keep the worker it has.
 */
@ExtendWith(ServiceExtension.class)
class CameraSettingsChangeTest {
    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurations;
    @InjectService(timeout = 30_000)
    ServiceAware<GateRuntime> gates;

    @Test
    void aCamerasNewIdModeAndThresholdReachTheGate() throws Exception {
        String path = SharedFaces.folder("Tony_Blair").toString();
        GateRuntime gate = gates.waitForService(30_000);
        Configuration camera = configurations.createFactoryConfiguration("org.gatepass.camera.replay", "?");
        try {
            camera.update(Dictionaries.<String, Object> dictionaryOf("camera.id", "replay-settings-a", "path", path, "fps", 10.0,
                    GateProperties.MODE, "ENTRY"));
            CameraWorker first = awaitWorker(() -> gate.worker("replay-settings-a"), w -> w.lane().cameraId().equals("replay-settings-a"));
            assertEquals(CameraMode.ENTRY, first.lane().mode());
            assertTrue(Float.isNaN(first.lane().policy().fixedThreshold()), "no threshold set: it follows the target FPIR");

            camera.update(Dictionaries.asDictionary(Map.<String, Object> of("camera.id", "replay-settings-b", "path", path, "fps", 10.0,
                    GateProperties.MODE, "EXIT", GateProperties.THRESHOLD, "0.45", GateProperties.TARGET_FPIR, "0.01")));
            // the camera answers to its new id at once; the gate's new lane for it follows
            CameraWorker renamed = awaitWorker(() -> gate.worker("replay-settings-b"), w -> w.lane().cameraId().equals("replay-settings-b"));
            assertEquals(Optional.empty(), gate.worker("replay-settings-a"), "the old id's lane is gone");
            assertEquals(CameraMode.EXIT, renamed.lane().mode());
            assertEquals(0.45f, renamed.lane().policy().fixedThreshold());
            assertEquals(0.01, renamed.lane().policy().targetFpir());
            assertTrue(gate.cameras().stream().anyMatch(v -> v.cameraId().equals("replay-settings-b")));

            camera.update(Dictionaries.asDictionary(Map.<String, Object> of("camera.id", "replay-settings-b", "path", path, "fps", 5.0,
                    GateProperties.MODE, "EXIT", GateProperties.THRESHOLD, "0.45", GateProperties.TARGET_FPIR, "0.01")));
            long before = renamed.lastSequence();
            awaitWorker(() -> gate.worker("replay-settings-b"), w -> w.lastSequence() > before + 3);
            assertSame(renamed, gate.worker("replay-settings-b").orElseThrow(), "a new frame rate alone keeps the lane and its worker");
        } finally {
            camera.delete();
        }
    }

    private static CameraWorker awaitWorker(Supplier<Optional<CameraWorker>> worker, Predicate<CameraWorker> ready)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<CameraWorker> found = worker.get().filter(ready);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The gate did not get the camera's worker in time");
    }
}
