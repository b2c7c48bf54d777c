package org.gatepass.camera.mjpeg.internal;

import static org.gatepass.camera.testing.CameraStatusWait.awaitState;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Hashtable;
import java.util.Map;

import org.gatepass.camera.testing.RecordingSink;
import org.gatepass.core.camera.CameraSource;
import org.gatepass.core.camera.CameraStatus.State;
import org.gatepass.core.secret.SecretStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

/** An IP camera configured through Configuration Admin, with basic authentication. */
@ExtendWith(ServiceExtension.class)
class IpCameraConfigurationTest {
    private static final long PATIENCE_MS = 10_000;

    @InjectService(timeout = PATIENCE_MS)
    ConfigurationAdmin configurationAdmin;

    @InjectService(timeout = PATIENCE_MS)
    SecretStore secrets;

    @InjectService(filter = "(camera.id=ip-config-test)", cardinality = 0)
    ServiceAware<CameraSource> ipCamera;

    @Test
    void passwordComesFromTheSecretStoreAndAWrongOneIsReportedAsHttp401() throws Exception {
        String key = "camera.ip-config-test.password";
        secrets.remove(key);
        try (TestCameraServer server = new TestCameraServer(0, 160, 120)) {
            Configuration configuration = configurationAdmin.getFactoryConfiguration(IpCamera.PID, "ip-config-test", "?");
            Hashtable<String, Object> settings = new Hashtable<>(Map.of("camera.id", "ip-config-test", "url", server.url("/secure/stream"),
                    "mode", "STREAM", "user", TestCameraServer.USER, "password.key", key, "read.timeout.ms", 2000));
            configuration.update(settings);

            CameraSource camera = ipCamera.waitForService(PATIENCE_MS);
            assertNotNull(camera, "a CameraSource with camera.id=ip-config-test was registered");
            RecordingSink sink = new RecordingSink();
            camera.start(sink);
            assertEquals("No password is stored under '" + key + "': store it with gatepass-secret put " + key,
                    awaitState(camera, State.NOT_AVAILABLE, Duration.ofMillis(PATIENCE_MS)).reason());

            secrets.put(key, "wrong");
            configuration.update(settings); // reconnects at once instead of at the next retry
            awaitReason(camera, "HTTP 401 Unauthorized: check the user and password", Duration.ofMillis(PATIENCE_MS));

            secrets.put(key, TestCameraServer.PASSWORD);
            configuration.update(settings);
            awaitState(camera, State.LIVE, Duration.ofMillis(PATIENCE_MS));
            assertEquals(160, sink.awaitFrames(1, Duration.ofMillis(PATIENCE_MS)).getFirst().width());
            assertSame(camera, ipCamera.getService(), "the same camera reconnected with the new password");
            secrets.remove(key);

            configuration.delete();
            long deadline = System.currentTimeMillis() + PATIENCE_MS;
            while (!ipCamera.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(ipCamera.isEmpty(), "the camera went away with its configuration");
            awaitState(camera, State.STOPPED, Duration.ofMillis(PATIENCE_MS));
        }
    }

    private static void awaitReason(CameraSource camera, String reason, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!reason.equals(camera.status().reason())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The camera never said \"" + reason + "\"; it says " + camera.status());
            }
            Thread.sleep(20);
        }
    }
}
