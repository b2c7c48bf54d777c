package org.gatepass.gate.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.logging.Logger;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gives a workstation a camera to start with, so the gate works without set-up: with
 * {@code -Dgatepass.replay=<folder or AVI>} a replay camera of it (for demos), else, when no camera is
 * configured at all, the first webcam. Cameras an administrator configured are left alone.
 */
@Component(immediate = true)
public final class DefaultCameras {
    static final String REPLAY_PROPERTY = "gatepass.replay";
    private static final Logger LOG = Logger.getLogger(DefaultCameras.class.getName());

    @Activate
    public DefaultCameras(@Reference ConfigurationAdmin configurations) throws IOException, InvalidSyntaxException {
        String replay = System.getProperty(REPLAY_PROPERTY);
        if (replay != null && !replay.isBlank()) {
            Path path = Path.of(replay).toAbsolutePath();
            if (!Files.exists(path)) {
                LOG.warning(() -> "-D" + REPLAY_PROPERTY + "=" + path + " does not exist; no replay camera");
            } else if (!exists(configurations, "replay")) {
                create(configurations, "org.gatepass.camera.replay", "replay", "Replay of " + path.getFileName(), "path", path.toString());
            }
        } else if (configurations.listConfigurations("(camera.id=*)") == null) {
            create(configurations, "org.gatepass.camera.usb", "webcam", "Webcam", "device", "0");
        }
    }

    private static boolean exists(ConfigurationAdmin configurations, String cameraId) throws IOException, InvalidSyntaxException {
        return configurations.listConfigurations("(camera.id=" + cameraId + ")") != null;
    }

    private static void create(ConfigurationAdmin configurations, String factoryPid, String cameraId, String name, String key, String value)
            throws IOException {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("camera.id", cameraId);
        properties.put("name", name);
        properties.put(key, value);
        Configuration configuration = configurations.createFactoryConfiguration(factoryPid, "?");
        configuration.update(properties);
        LOG.info(() -> "Configured the default camera " + cameraId + " (" + key + "=" + value + ")");
    }
}
