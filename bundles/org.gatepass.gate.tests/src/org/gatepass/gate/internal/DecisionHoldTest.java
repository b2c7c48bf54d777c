package org.gatepass.gate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.camera.testing.WalkThroughScript;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.event.EventLogQuery;
import org.gatepass.core.storage.GateEventRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.dictionary.Dictionaries;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

/** While a camera's decisions are held (a person is being enrolled in front of it) a stranger raises no alert; after, it does. */
@ExtendWith(ServiceExtension.class)
class DecisionHoldTest {
    private static final String CAMERA = "replay-hold";
    private static final int FPS = 15;

    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurations;
    @InjectService(timeout = 10_000)
    GateEventRepository events;
    @InjectService(timeout = 30_000)
    ServiceAware<GateRuntime> gates;

    @Test
    void aHeldCameraRaisesNoAlertAndAfterTheHoldItDoes() throws Exception {
        Path replay = Files.createTempDirectory("gatepass-hold-");
        WalkThroughScript script = new WalkThroughScript(replay).nobody(FPS)
                .appearance(SharedFaces.photo("Jiang_Zemin", 1), 2 * FPS).nobody(3 * FPS);
        GateRuntime withDefaults = gates.getService();
        Configuration gateSettings = configurations.getConfiguration(GateRuntime.PID, "?");
        gateSettings.update(Dictionaries.<String, Object> dictionaryOf("cooldownSeconds", 3, "confirmationFrames", 3));
        GateRuntime gate = GateHarness.restarted(gates, withDefaults);
        DecisionHold hold = gate.holdDecisions(CAMERA);
        DecisionHold nested = gate.holdDecisions(CAMERA);
        Configuration camera = configurations.createFactoryConfiguration("org.gatepass.camera.replay", "?");
        camera.update(Dictionaries.<String, Object> dictionaryOf("camera.id", CAMERA, "path", replay.toString(), "fps", (double) FPS));
        try {
            nested.close();
            GateHarness.waitUntilPlayedOnce(script.frames(), FPS, List.of(() -> gate.worker(CAMERA)));
            assertEquals(List.of(), decisions(), "nothing is decided while a hold remains");

            hold.close();
            hold.close(); // closing twice does nothing more
            GateHarness.waitUntilPlayedOnce(2 * script.frames(), FPS, List.of(() -> gate.worker(CAMERA)));
        } finally {
            camera.delete();
            gateSettings.delete();
        }
        assertEquals(List.of(Decision.UNKNOWN_FACE), decisions(), "the stranger's next pass, after the hold, raises the alert");
    }

    private List<Decision> decisions() {
        return events.log(EventLogQuery.newestFirst("", 500)).reversed().stream().filter(e -> CAMERA.equals(e.cameraId()))
                .map(EventLogEntry::decision).toList();
    }
}
