package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.core.alert.AlertGroup;
import org.gatepass.core.alert.AlertState;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.gate.GateProperties;
import org.gatepass.ui.alerts.AlertsParts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The alerts desk: a stranger lingering at a door is one line however often they are seen, is announced as it
 * arrives, and is acknowledged and then resolved with a comment by the operator.
 */
@ExtendWith(ServiceExtension.class)
class AlertsDeskTest {
    private static final String DOOR = "desk-door-" + System.nanoTime();

    @InjectService(timeout = 10_000)
    GateEventRepository events;
    @InjectService(timeout = 10_000)
    EventAdmin eventAdmin;

    @Test
    void aLingeringStrangerIsOneLineAnnouncedAcknowledgedAndResolved() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        var application = workbench.workbench.getApplication();
        WorkbenchTest.switchTo(workbench, WorkbenchTest.CONTROL_ROOM);
        workbench.showPart("org.gatepass.part.alerts");
        workbench.waitUntil("the desk has loaded", () -> AlertsParts.shown(application) != null && !workbench.text("alerts.banner").contains(DOOR));
        Thread.sleep(500); // the first load announces nothing; what comes after it is new
        byte[] jpeg = Files.readAllBytes(SharedFaces.photo("Laura_Bush", 1));

        alert(jpeg, Instant.now());
        // the banner names the newest new alert: other tests' cameras may raise alerts meanwhile
        workbench.waitUntil("the alert is announced", () -> workbench.text("alerts.banner").startsWith("New alert: Unknown face at ")
                && group(application) != null);
        alert(jpeg, Instant.now().plusMillis(500));
        workbench.waitUntil("both sightings are one line on the desk", () -> group(application) != null && group(application).alerts().size() == 2);
        assertTrue(AlertsParts.part(application).getLabel().matches("Alerts \\(\\d+ open\\)"), AlertsParts.part(application).getLabel());

        workbench.ui(() -> AlertsParts.select(application, "camera:" + DOOR));
        workbench.waitUntil("the details and the newest snapshot show", () -> workbench.text("alerts.details").startsWith("2 alerts about Unknown face at " + DOOR)
                && AlertsParts.showsPicture(application));
        workbench.screenshot(workbench.ui(() -> workbench.mainShell().orElseThrow()), Path.of("target", "alerts-desk.png"));
        workbench.ui(() -> workbench.find("alerts.comment", Text.class).setText("watching on camera"));
        workbench.press("alerts.acknowledge");
        workbench.waitUntil("acknowledged", () -> group(application) != null && group(application).state() == AlertState.ACKNOWLEDGED);
        assertEquals("Acknowledged 2 alerts about Unknown face.", workbench.text("alerts.message"));
        assertEquals(RunningWorkbench.ADMIN, group(application).newest().handledBy());

        workbench.ui(() -> AlertsParts.select(application, "camera:" + DOOR));
        workbench.press("alerts.resolve");
        workbench.waitUntil("a resolution needs a comment", () -> workbench.text("alerts.message").equals("Say how the alert was resolved."));
        workbench.ui(() -> workbench.find("alerts.comment", Text.class).setText("a parent waiting for a pupil"));
        workbench.press("alerts.resolve");
        workbench.waitUntil("resolved alerts leave the desk", () -> workbench.text("alerts.message").equals("Resolved 2 alerts about Unknown face.")
                && group(application) == null);

        workbench.ui(() -> RunningWorkbench.click(check(workbench, true)));
        assertEquals("true", AlertsParts.part(application).getPersistedState().get("gatepass.alerts.muted"), "muting is remembered");
        workbench.ui(() -> RunningWorkbench.click(check(workbench, false)));
    }

    private static Button check(RunningWorkbench workbench, boolean selected) {
        Button mute = workbench.find("alerts.mute", Button.class);
        mute.setSelection(selected);
        return mute;
    }

    private void alert(byte[] jpeg, Instant at) {
        GateEvent stored = events.record(new GateEvent(null, null, DOOR, null, Decision.UNKNOWN_FACE, 0.2, at), jpeg);
        eventAdmin.postEvent(new Event(GateProperties.EVENT_TOPIC, Map.of("event.id", stored.id(), "camera.id", DOOR, "decision", "UNKNOWN_FACE")));
    }

    private static AlertGroup group(org.eclipse.e4.ui.model.application.MApplication application) {
        List<AlertGroup> shown = AlertsParts.shown(application);
        return shown.stream().filter(g -> g.subject().equals("camera:" + DOOR)).findFirst().orElse(null);
    }
}
