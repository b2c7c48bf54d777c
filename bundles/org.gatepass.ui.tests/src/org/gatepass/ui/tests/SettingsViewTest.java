package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.gatepass.camera.testing.PhotoStreamServer;
import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.core.camera.CameraStatus;
import org.gatepass.core.secret.SecretStore;
import org.gatepass.gate.CameraView;
import org.gatepass.gate.GateMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * An administrator adds a replay camera of LFW photos and an IP camera behind a password through the generic settings
 * editor and sees both reach the gate; changes the gate's cooldown after a refused value. The camera's password goes
 * to the secret store, never into its configuration.
 */
@ExtendWith(ServiceExtension.class)
class SettingsViewTest {
    private static final String REPLAY = "replay-from-settings";
    private static final String IP = "ip-from-settings";
    private static final String CAMERA_PASSWORD = "door-cam-pass-7";
    private static RunningWorkbench workbench;

    /** The gate as it runs now: a change of its settings (the other test) restarts it. */
    @InjectService(timeout = 10_000)
    ServiceAware<GateMonitor> gates;
    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurations;
    @InjectService(timeout = 10_000)
    SecretStore secrets;

    @BeforeAll
    static void openSettings() throws Exception {
        workbench = RunningWorkbench.get();
        WorkbenchTest.switchTo(workbench, WorkbenchTest.ADMINISTRATION);
        workbench.showPart("org.gatepass.part.settings");
        workbench.waitUntil("the components are listed", () -> workbench.isShowing("settings.components")
                && workbench.find("settings.components", Tree.class).getItemCount() > 0);
    }

    @Test
    void aReplayCameraAndAnIpCameraAddedInTheEditorReachTheGate() throws Exception {
        Path photos = SharedFaces.folder("Tony_Blair");
        try (PhotoStreamServer ipCamera = new PhotoStreamServer(SharedFaces.folder("Silvio_Berlusconi"), "viewer", CAMERA_PASSWORD)) {
            select("Replay camera");
            workbench.press("settings.add");
            workbench.fill("settings.field.camera.id", REPLAY);
            workbench.fill("settings.field.path", photos.toString());
            workbench.fill("settings.field.fps", "fast");
            workbench.press("settings.save");
            workbench.waitUntil("the frame rate is refused", () -> message().startsWith("Not saved"));
            assertTrue(message().contains("Frame rate: 'fast' is not a number"), message());
            workbench.fill("settings.field.fps", "-2");
            workbench.press("settings.save");
            workbench.waitUntil("the negative frame rate is refused", () -> message().contains("'-2' is refused"));
            assertEquals(0, configurationsWith(REPLAY).length, "nothing is stored while the form has problems");
            workbench.fill("settings.field.fps", "5");
            workbench.ui(() -> {
                Combo mode = workbench.find("settings.field.gate.mode", Combo.class);
                mode.select(mode.indexOf("ENTRY"));
            });
            workbench.fill("settings.field.gate.targetFpir", "2");
            workbench.press("settings.save");
            workbench.waitUntil("a rate above 1 is refused", () -> message().contains("Target FPIR: '2' is refused"));
            workbench.fill("settings.field.gate.targetFpir", "0.001");
            workbench.press("settings.save");
            workbench.waitUntil("the replay camera is saved", () -> message().contains("saved and applied"));
            awaitLive(REPLAY);
            Dictionary<String, Object> replay = configurationsWith(REPLAY)[0].getProperties();
            assertEquals("ENTRY", replay.get("gate.mode"), "the camera's direction is set in the editor");
            assertEquals(0.001, replay.get("gate.targetFpir"));
            assertNull(replay.get("gate.threshold"), "left empty: derived from the target FPIR");
            workbench.press("settings.testPicture");
            workbench.waitUntil("the test picture shows", () -> workbench.find("settings.picture", Label.class).getImage() != null);
            assertTrue(workbench.text("settings.pictureStatus").startsWith("Camera " + REPLAY + ": live"), workbench.text("settings.pictureStatus"));
            screenshot("settings-camera.png");

            select("IP camera");
            workbench.press("settings.add");
            workbench.fill("settings.field.camera.id", IP);
            workbench.fill("settings.field.url", ipCamera.streamUrl());
            workbench.fill("settings.field.user", "viewer");
            workbench.fill("settings.secret.password.key", CAMERA_PASSWORD);
            workbench.press("settings.save");
            workbench.waitUntil("the IP camera is saved", () -> message().contains("secrets stored in the secret store"));
            awaitLive(IP);

            Configuration stored = configurationsWith(IP)[0];
            Dictionary<String, Object> properties = stored.getProperties();
            String key = stored.getPid() + ".password";
            assertEquals(key, properties.get("password.key"), "the configuration names the secret by the one convention");
            assertFalse(Collections.list(properties.elements()).stream().anyMatch(v -> String.valueOf(v).contains(CAMERA_PASSWORD)),
                    "the password is not in the camera's configuration");
            assertEquals(Optional.of(CAMERA_PASSWORD), secrets.get(key));
            assertEquals("", workbench.ui(() -> workbench.find("settings.secret.password.key", Text.class).getText()),
                    "the password is not shown again");

            select(IP);
            workbench.waitUntil("the IP camera's settings show", () -> workbench.isShowing("settings.field.url")
                    && workbench.find("settings.field.url", Text.class).getText().equals(ipCamera.streamUrl()));
            workbench.press("settings.remove");
            workbench.waitUntil("the IP camera is removed", () -> message().contains("removed"));
            workbench.waitUntil("the gate lets the IP camera go", () -> view(IP).isEmpty());
            assertEquals(0, configurationsWith(IP).length);
        } finally {
            for (String camera : new String[] { REPLAY, IP }) {
                for (Configuration configuration : configurationsWith(camera)) {
                    configuration.delete();
                }
            }
        }
    }

    @Test
    void theGatesCooldownIsChangedAfterARefusedValue() throws Exception {
        select("Gate");
        workbench.waitUntil("the gate's settings show", () -> workbench.isShowing("settings.field.cooldownSeconds"));
        Dictionary<String, Object> before = configurations.getConfiguration("org.gatepass.gate", "?").getProperties();
        try {
            workbench.fill("settings.field.cooldownSeconds", "-5");
            workbench.fill("settings.field.confirmationFrames", "three");
            workbench.press("settings.save");
            workbench.waitUntil("the values are refused", () -> message().startsWith("Not saved"));
            assertTrue(message().contains("Cooldown (seconds): '-5' is refused"), message());
            assertTrue(message().contains("Confirmation frames: 'three' is not a whole number"), "every problem is shown at once: " + message());
            screenshot("settings-invalid.png");
            assertEquals(before, configurations.getConfiguration("org.gatepass.gate", "?").getProperties(), "nothing was stored");

            workbench.fill("settings.field.cooldownSeconds", "42");
            workbench.fill("settings.field.confirmationFrames", "4");
            workbench.press("settings.save");
            workbench.waitUntil("the gate's settings are saved", () -> message().contains("saved and applied"));
            Dictionary<String, Object> properties = configurations.getConfiguration("org.gatepass.gate", "?").getProperties();
            assertNotNull(properties);
            assertEquals(42, properties.get("cooldownSeconds"));
            assertEquals(4, properties.get("confirmationFrames"));
        } finally {
            for (Configuration configuration : configurationsWith(null, "org.gatepass.gate")) {
                configuration.delete();
            }
        }
    }

    /** Selects a component or instance in the list by its label, as a click does. */
    private static void select(String label) {
        workbench.waitUntil(label + " is listed", () -> item(label) != null);
        workbench.ui(() -> {
            Tree tree = workbench.find("settings.components", Tree.class);
            TreeItem item = item(label);
            tree.setSelection(item);
            Event event = new Event();
            event.item = item;
            tree.notifyListeners(SWT.Selection, event);
        });
    }

    private static TreeItem item(String label) {
        for (TreeItem item : workbench.find("settings.components", Tree.class).getItems()) {
            if (item.getText().equals(label) || item.getText().startsWith(label + " (")) {
                return item;
            }
            for (TreeItem child : item.getItems()) {
                if (child.getText().equals(label)) {
                    return child;
                }
            }
        }
        return null;
    }

    /** The window as it looks now; GTK paints changed text a moment after the widgets take it. */
    private static void screenshot(String file) throws InterruptedException {
        Thread.sleep(500);
        workbench.screenshot(workbench.ui(() -> workbench.mainShell().orElseThrow()), Path.of("target", file));
    }

    private String message() {
        return workbench.text("settings.message");
    }

    private Optional<CameraView> view(String cameraId) {
        GateMonitor gate = gates.getService();
        return gate == null ? Optional.empty() : gate.cameras().stream().filter(v -> v.cameraId().equals(cameraId)).findFirst();
    }

    private void awaitLive(String cameraId) {
        workbench.waitUntil(cameraId + " is live at the gate", Duration.ofSeconds(30),
                () -> view(cameraId).map(v -> v.status().state() == CameraStatus.State.LIVE && v.frame() != null).orElse(false));
    }

    private Configuration[] configurationsWith(String cameraId) throws Exception {
        return configurationsWith(cameraId, null);
    }

    private Configuration[] configurationsWith(String cameraId, String pid) throws Exception {
        String filter = cameraId != null ? "(camera.id=" + cameraId + ")" : "(service.pid=" + pid + ")";
        Configuration[] found = configurations.listConfigurations(filter);
        return found == null ? new Configuration[0] : found;
    }
}
