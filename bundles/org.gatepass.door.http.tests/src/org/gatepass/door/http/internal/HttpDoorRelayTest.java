package org.gatepass.door.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.gatepass.core.door.DoorActuator;
import org.gatepass.core.door.DoorException;
import org.gatepass.core.secret.SecretStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.dictionary.Dictionaries;
import org.osgi.test.junit5.service.ServiceExtension;
import org.osgi.util.tracker.ServiceTracker;

/** The relay component as configured by an administrator, against a relay on this machine: what it posts, and each failure. */
@ExtendWith(ServiceExtension.class)
class HttpDoorRelayTest {
    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurations;
    @InjectService(timeout = 10_000)
    SecretStore secrets;

    /** The door's service once its configuration is active. */
    static DoorActuator door(String name) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(HttpDoorRelayTest.class).getBundleContext();
        ServiceTracker<DoorActuator, DoorActuator> tracker = new ServiceTracker<>(context,
                context.createFilter("(&(objectClass=" + DoorActuator.class.getName() + ")(" + DoorActuator.NAME_PROPERTY + "=" + name + "))"), null);
        tracker.open();
        DoorActuator door = tracker.waitForService(10_000);
        tracker.close();
        if (door == null) {
            throw new AssertionError("no door " + name + " after 10 s");
        }
        return door;
    }

    @Test
    void aReleaseIsPostedWithTheTokenAndEveryFailureSaysWhy() throws Exception {
        String name = "test-door-" + System.nanoTime();
        secrets.put("door." + name + ".token", "s3cret token");
        try (TestRelay relay = new TestRelay()) {
            Configuration config = configurations.createFactoryConfiguration(HttpDoorRelay.PID, "?");
            config.update(Dictionaries.<String, Object> dictionaryOf("door.name", name, "url", relay.url(), "token.key", "door." + name + ".token",
                    "request.timeout.ms", 500));
            try {
                DoorActuator door = door(name);
                assertEquals(name, door.name());
                door.release(Duration.ofSeconds(4));
                assertEquals(List.of(new TestRelay.Release("{\"door\":\"" + name + "\",\"seconds\":4}", "Bearer s3cret token")), relay.releases());

                relay.answer(500, 0);
                assertEquals("the relay of " + name + " answered HTTP 500", assertThrows(DoorException.class, () -> door.release(Duration.ofSeconds(4)))
                        .getMessage());
                relay.answer(200, 1_500);
                assertEquals("the relay of " + name + " did not answer within 500 ms",
                        assertThrows(DoorException.class, () -> door.release(Duration.ofSeconds(4))).getMessage());

                secrets.remove("door." + name + ".token");
                relay.answer(200, 0);
                assertTrue(assertThrows(DoorException.class, () -> door.release(Duration.ofSeconds(4))).getMessage()
                        .contains("door." + name + ".token) is not in the secret store"));
                relay.close();
                secrets.put("door." + name + ".token", "s3cret token");
                assertTrue(assertThrows(DoorException.class, () -> door.release(Duration.ofSeconds(4))).getMessage()
                        .startsWith("the relay of " + name + " at 127.0.0.1 cannot be reached"));
            } finally {
                config.delete();
                secrets.remove("door." + name + ".token");
            }
        }
    }
}
