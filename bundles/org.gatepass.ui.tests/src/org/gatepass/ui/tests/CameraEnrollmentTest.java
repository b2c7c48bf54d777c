package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonService;
import org.gatepass.gate.CameraView.FaceMark;
import org.gatepass.gate.EnrollmentService;
import org.gatepass.gate.GateMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.dictionary.Dictionaries;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Enrolment from a live camera through the real workbench: an administrator selects a person, opens
 * Enrol from camera on a replay camera of LFW photos of that person, the dialog keeps five good shots,
 * Save enrols them, and the gate then recognises the person on a camera.
 */
@ExtendWith(ServiceExtension.class)
class CameraEnrollmentTest {
    private static final String CAMERA = "ui-enrol-desk";
    private static final String CHECK_CAMERA = "ui-enrol-check";

    @InjectService(timeout = 10_000)
    PersonService persons;
    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurations;
    @InjectService(timeout = 30_000)
    GateMonitor monitor;
    @InjectService(timeout = 10_000)
    EnrollmentService enrollment;

    @Test
    void shotsCapturedFromACameraEnrolThePerson() throws Exception {
        Path faces = SharedFaces.folder("Pete_Sampras");
        RunningWorkbench workbench = RunningWorkbench.get();
        String name = "Pete Sampras"; // no other test enrols him
        Person pete = persons.create(workbench.actor(), Person.newPerson(name, PersonCategory.EMPLOYEE));
        enrollment.recordConsent(workbench.actor(), pete.id(), org.gatepass.core.biometric.Consent.STANDARD_TEXT);

        WorkbenchTest.switchTo(workbench, WorkbenchTest.PERSONS);

        workbench.showPart("org.gatepass.part.persons");
        workbench.selectPerson(name);

        Configuration camera = replay(CAMERA, "Enrolment desk", faces);
        try {
            workbench.waitUntil("Enrol from camera is enabled once the camera is live",
                    () -> workbench.find("persons.enrolcamera", Button.class).isEnabled());
            workbench.ui(() -> RunningWorkbench.click(workbench.find("persons.enrolcamera", Button.class)));
            workbench.waitUntil("the dialog shows", () -> workbench.isShowing("enrolcamera.picture"));
            workbench.ui(() -> {
                Combo cameras = workbench.find("enrolcamera.camera", Combo.class);
                cameras.select(Arrays.asList(cameras.getItems()).indexOf("Enrolment desk"));
            });
            assertFalse(workbench.ui(() -> workbench.find("enrolcamera.save", Button.class).isEnabled()), "nothing to save yet");
            workbench.waitUntil("five shots are kept", () -> workbench.find("enrolcamera.count", Label.class).getText().startsWith("5 of 5 shots"));
            workbench.waitUntil("the picture shows the face named after the person",
                    () -> workbench.find("enrolcamera.instruction", Label.class).getText().equals("Enough shots: save them"));
            workbench.screenshot(workbench.ui(() -> workbench.find("enrolcamera", Shell.class)), Path.of("target", "enrol-camera.png"));
            assertTrue(workbench.ui(() -> workbench.find("enrolcamera.save", Button.class).isEnabled()));
            workbench.ui(() -> RunningWorkbench.click(workbench.find("enrolcamera.save", Button.class)));
            workbench.waitUntil("the enrolment is reported", () -> workbench.find("persons.message", Label.class).getText().startsWith("Enrolled"));
            assertEquals("Enrolled 5 of 5 shots of " + name + ".", workbench.ui(() -> workbench.find("persons.message", Label.class).getText()));
            assertFalse(workbench.ui(() -> workbench.isShowing("enrolcamera.picture")), "Save closes the dialog");
        } finally {
            camera.delete();
        }

        // A fresh camera: the enrolment camera's tracker already took this face for a stranger.
        Configuration check = replay(CHECK_CAMERA, "Gate", faces);
        try {
            workbench.waitUntil("the gate recognises the enrolled person", () -> monitor.cameras().stream()
                    .filter(c -> c.cameraId().equals(CHECK_CAMERA)).flatMap(c -> c.faces().stream())
                    .anyMatch(f -> f.kind() == FaceMark.Kind.KNOWN && f.label().equals(name)));
        } finally {
            check.delete();
        }
    }

    private Configuration replay(String cameraId, String displayName, Path folder) throws Exception {
        Configuration camera = configurations.createFactoryConfiguration("org.gatepass.camera.replay", "?");
        camera.update(Dictionaries.<String, Object> dictionaryOf("camera.id", cameraId, "name", displayName, "path", folder.toString(), "fps", 5.0));
        return camera;
    }
}
