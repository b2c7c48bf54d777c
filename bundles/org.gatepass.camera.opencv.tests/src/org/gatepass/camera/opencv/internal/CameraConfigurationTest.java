package org.gatepass.camera.opencv.internal;

import static org.gatepass.camera.testing.CameraStatusWait.awaitState;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gatepass.camera.testing.RecordingSink;
import org.gatepass.core.camera.CameraSource;
import org.gatepass.core.camera.CameraStatus.State;
import org.gatepass.core.camera.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.Scalar;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

/** Cameras as the product gets them: one DS component per factory configuration, described by metatype. */
@ExtendWith(ServiceExtension.class)
class CameraConfigurationTest {
    private static final long PATIENCE_MS = 10_000;

    @InjectService(timeout = PATIENCE_MS)
    ConfigurationAdmin configurationAdmin;

    @InjectService(timeout = PATIENCE_MS)
    MetaTypeService metaTypes;

    @InjectService(filter = "(camera.id=config-test)", cardinality = 0)
    ServiceAware<CameraSource> configTestCamera;

    @TempDir
    Path temp;

    @Test
    void aFactoryConfigurationMakesACameraThatFollowsChangesAndGoesAwayWithIt() throws Exception {
        TestPictures.writeImage(temp.resolve("a.png"), 40, 30, new Scalar(10, 20, 30));
        Configuration configuration = configurationAdmin.getFactoryConfiguration(ReplayCamera.PID, "config-test", "?");
        configuration.update(settings(Map.of("camera.id", "config-test", "name", "Configured replay", "path", temp.toString(), "fps", 5.0)));

        CameraSource camera = configTestCamera.waitForService(PATIENCE_MS);
        assertNotNull(camera, "a CameraSource with camera.id=config-test was registered");
        Object serviceId = configTestCamera.getServiceReference().getProperty(Constants.SERVICE_ID);
        assertEquals("Configured replay", camera.displayName());
        RecordingSink sink = new RecordingSink();
        camera.start(sink);
        awaitState(camera, State.LIVE, Duration.ofMillis(PATIENCE_MS));
        List<Frame> slow = sink.awaitFrames(4, Duration.ofMillis(PATIENCE_MS));
        long span = Duration.between(slow.getFirst().capturedAt(), slow.getLast().capturedAt()).toMillis();
        assertTrue(span >= 540, "5 fps configured: 4 frames span 600 ms, these " + span + " ms");

        // Text values, as a .cfg file in <data>/config gives them.
        configuration.update(settings(Map.of("camera.id", "config-test", "name", "Configured replay", "path", temp.toString(), "fps", "25")));
        sink.awaitFramesCloserThan(Duration.ofMillis(150), Duration.ofMillis(PATIENCE_MS), "25 fps configured: two frames less than 150 ms apart, "
                + "which 5 fps never gives");
        assertSame(camera, configTestCamera.getService(), "the change was applied to the running camera");
        assertEquals(serviceId, configTestCamera.getServiceReference().getProperty(Constants.SERVICE_ID), "not registered again");
        assertEquals(State.LIVE, camera.status().state());

        configuration.delete();
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (!configTestCamera.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(configTestCamera.isEmpty(), "the camera service went away with its configuration");
        awaitState(camera, State.STOPPED, Duration.ofMillis(PATIENCE_MS));
    }

    @Test
    void everyCameraTypeDescribesItsSettings() {
        MetaTypeInformation information = metaTypes.getMetaTypeInformation(FrameworkUtil.getBundle(ReplayCamera.class));
        assertArrayEquals(new String[] {ReplayCamera.PID, UsbCamera.PID},
                Arrays.stream(information.getFactoryPids()).sorted().toArray(String[]::new));

        Map<String, AttributeDefinition> replay = attributes(information.getObjectClassDefinition(ReplayCamera.PID, null));
        assertEquals(Set.of("camera.id", "name", "path", "fps", "gate.mode", "gate.targetFpir", "gate.threshold", "gate.visitors"),
                replay.keySet());
        assertArrayEquals(new String[] {"TOGGLE", "ENTRY", "EXIT"}, replay.get("gate.mode").getOptionValues());
        assertNull(replay.get("gate.threshold").getDefaultValue(), "no fixed threshold unless one is set");
        assertEquals(AttributeDefinition.DOUBLE, replay.get("fps").getType());
        assertArrayEquals(new String[] {"10.0"}, replay.get("fps").getDefaultValue());
        assertNull(replay.get("path").getDefaultValue(), "the path has no default: it must be given");

        Map<String, AttributeDefinition> usb = attributes(information.getObjectClassDefinition(UsbCamera.PID, null));
        assertEquals(Set.of("camera.id", "name", "device", "width", "height", "fps", "gate.mode", "gate.targetFpir", "gate.threshold",
                "gate.visitors"), usb.keySet());
        assertArrayEquals(new String[] {"0"}, usb.get("device").getDefaultValue());
    }

    private static Map<String, AttributeDefinition> attributes(ObjectClassDefinition definition) {
        return Arrays.stream(definition.getAttributeDefinitions(ObjectClassDefinition.ALL))
                .collect(Collectors.toMap(AttributeDefinition::getID, Function.identity()));
    }

    private static Dictionary<String, Object> settings(Map<String, Object> values) {
        return new Hashtable<>(values);
    }
}
