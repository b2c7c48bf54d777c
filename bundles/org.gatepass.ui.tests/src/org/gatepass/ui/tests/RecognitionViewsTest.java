package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.core.biometric.Consent;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.event.EventLogQuery;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonService;
import org.gatepass.gate.CameraView.FaceMark;
import org.gatepass.ui.cameras.CamerasParts;
import org.gatepass.ui.persons.PersonsParts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.dictionary.Dictionaries;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The recognition path through the real workbench: an administrator records a person's consent and enrols photos in
 * the Persons view (refused before the consent), a camera sees that person, the Cameras view names the face live and the
 * movement is logged; erasing the person then leaves the movement naming nobody.
 */
@ExtendWith(ServiceExtension.class)
class RecognitionViewsTest {
    private static final String CAMERA = "ui-replay";

    @InjectService(timeout = 10_000)
    PersonService persons;
    @InjectService(timeout = 10_000)
    GateEventRepository events;
    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurations;

    @Test
    void enrolledFaceIsNamedInTheCamerasViewAndLoggedIn() throws Exception {
        Path faces = SharedFaces.folder("Tony_Blair");
        RunningWorkbench workbench = RunningWorkbench.get();
        String name = "Tony Blair " + System.nanoTime();
        persons.create(workbench.actor(), Person.newPerson(name, PersonCategory.EMPLOYEE));

        WorkbenchTest.switchTo(workbench, WorkbenchTest.PERSONS);

        workbench.showPart("org.gatepass.part.persons");
        workbench.selectPerson(name);
        List<Path> noConsentYet = List.of(faces.resolve("Tony_Blair_0018.jpg"));
        workbench.ui(() -> PersonsParts.enrolPhotos(workbench.workbench.getApplication(), noConsentYet));
        workbench.waitUntil("enrolling before consent is refused", () -> workbench.text("persons.message")
                .equals(name + " has not agreed to face enrolment: record their consent first"));
        workbench.press("persons.consent");
        workbench.waitUntil("the consent dialog shows", () -> workbench.isShowing("consent.text"));
        assertEquals(Consent.STANDARD_TEXT, workbench.ui(() -> workbench.find("consent.text", Text.class).getText()));
        assertFalse(workbench.ui(() -> workbench.find("consent.record", Button.class).isEnabled()), "not before the operator confirms the person agreed");
        workbench.screenshot(workbench.ui(() -> workbench.find("consent", Shell.class)), Path.of("target", "consent.png"));
        workbench.ui(() -> {
            Button agreed = workbench.find("consent.agree", Button.class);
            agreed.setSelection(true);
            RunningWorkbench.click(agreed);
        });
        workbench.press("consent.record");
        workbench.waitUntil("the consent is recorded", () -> workbench.text("persons.message").equals("Consent of " + name + " recorded: their face can be enrolled."));
        workbench.ui(() -> PersonsParts.enrolPhotos(workbench.workbench.getApplication(),
                List.of(faces.resolve("Tony_Blair_0018.jpg"), faces.resolve("Tony_Blair_0032.jpg"), faces.resolve("not-there.jpg"))));
        workbench.waitUntil("the enrolment is reported", () -> workbench.find("persons.message", Label.class).getText().startsWith("Enrolled"));
        assertEquals("Enrolled 2 of 3 photos of " + name + ".\nnot-there.jpg: No such file",
                workbench.ui(() -> workbench.find("persons.message", Label.class).getText()));

        WorkbenchTest.switchTo(workbench, WorkbenchTest.CONTROL_ROOM);
        Configuration camera = configurations.createFactoryConfiguration("org.gatepass.camera.replay", "?");
        camera.update(Dictionaries.<String, Object> dictionaryOf("camera.id", CAMERA, "path", faces.toString(), "fps", 10.0));
        try {
            workbench.waitUntil("the camera got a part on the wall", () -> CamerasParts.part(workbench.workbench.getApplication(), CAMERA).isPresent());
            workbench.ui(() -> CamerasParts.show(workbench.workbench.getApplication(), CAMERA));
            workbench.waitUntil("the camera's view names the face",
                    () -> CamerasParts.marks(workbench.workbench.getApplication(), CAMERA).stream()
                            .anyMatch(m -> m.kind() == FaceMark.Kind.KNOWN && m.label().equals(name)));
        } finally {
            camera.delete();
        }
        List<EventLogEntry> logged = events.log(EventLogQuery.newestFirst(name, 10));
        assertEquals(1, logged.size(), logged.toString());
        assertEquals(Direction.IN, logged.get(0).direction());
        assertEquals(CAMERA, logged.get(0).cameraId());

        WorkbenchTest.switchTo(workbench, WorkbenchTest.PERSONS);
        workbench.selectPerson(name);
        Path zip = Files.createTempDirectory("gatepass-export-").resolve("tony.zip");
        workbench.ui(() -> PersonsParts.exportShownPerson(workbench.workbench.getApplication(), zip));
        workbench.waitUntil("the export is reported", () -> workbench.text("persons.message").startsWith("Exported the data of " + name));
        assertEquals("Exported the data of " + name + " to " + zip + ": 1 event, 0 pictures, 0 passes, 1 consent, 3 face templates counted.",
                workbench.text("persons.message"));
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            assertEquals("person.json", in.getNextEntry().getName());
            assertTrue(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains("\"name\":\"" + name + "\""));
        }
        workbench.ui(() -> PersonsParts.eraseShownPerson(workbench.workbench.getApplication()));
        workbench.waitUntil("the erasure is reported", () -> workbench.text("persons.message").startsWith("Erased " + name));
        assertEquals("Erased " + name + ": 3 face templates, 0 pictures, 0 passes, 0 notifications; 1 event kept, naming nobody.",
                workbench.text("persons.message"));
        assertEquals(List.of(), persons.search(workbench.actor(), name, 10), "the person is gone");
        assertEquals(List.of(), events.log(EventLogQuery.newestFirst(name, 10)), "their movement names nobody now");
    }
}
