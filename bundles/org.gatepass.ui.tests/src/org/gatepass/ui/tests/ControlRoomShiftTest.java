package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.widgets.Text;
import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.camera.testing.WalkThroughScript;
import org.gatepass.core.alert.AlertGroup;
import org.gatepass.core.alert.AlertState;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonService;
import org.gatepass.core.stranger.Stranger;
import org.gatepass.gate.EnrollmentService;
import org.gatepass.ui.alerts.AlertsParts;
import org.gatepass.ui.cameras.CameraWall;
import org.gatepass.ui.cameras.CamerasParts;
import org.gatepass.ui.log.AttendanceLogParts;
import org.gatepass.ui.persons.PersonsParts;
import org.gatepass.ui.presence.PresenceParts;
import org.gatepass.ui.strangers.StrangersParts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.dictionary.Dictionaries;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * A shift in the control room, as the issue judges it: two cameras on the wall, one detached; a person enrolled from
 * photos walks in and their In appears live; a stranger lingering at the door is one alert line, acknowledged; another
 * stranger is named from the unknown-face gallery; the muster list is written. Real faces (LFW), real gate.
 */
@ExtendWith(ServiceExtension.class)
class ControlRoomShiftTest {
    private static final String DOOR = "shift-door";
    private static final String YARD = "shift-yard";
    private static final int FPS = 15;

    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurations;
    @InjectService(timeout = 10_000)
    PersonService persons;
    @InjectService(timeout = 10_000)
    EnrollmentService enrollment;

    @Test
    void anOperatorRunsAShiftFromTheControlRoom() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        MApplication application = workbench.workbench.getApplication();
        String jiang = "Jiang Zemin " + System.nanoTime();
        Person enrolled = persons.create(workbench.actor(), Person.newPerson(jiang, PersonCategory.EMPLOYEE));
        enrollment.recordConsent(workbench.actor(), enrolled.id(), org.gatepass.core.biometric.Consent.STANDARD_TEXT);
        WorkbenchTest.switchTo(workbench, WorkbenchTest.PERSONS);
        workbench.showPart("org.gatepass.part.persons");
        workbench.selectPerson(jiang);
        workbench.ui(() -> PersonsParts.enrolPhotos(application, List.of(SharedFaces.photo("Jiang_Zemin", 1), SharedFaces.photo("Jiang_Zemin", 2))));
        workbench.waitUntil("the photos are enrolled", () -> workbench.text("persons.message").startsWith("Enrolled 2 of 2 photos"));

        WorkbenchTest.switchTo(workbench, WorkbenchTest.CONTROL_ROOM);
        Path walk = Files.createTempDirectory("gatepass-shift-");
        WalkThroughScript script = new WalkThroughScript(walk).nobody(2 * FPS)
                .appearance(SharedFaces.photo("Jiang_Zemin", 3), 12).nobody(3 * FPS)
                .appearance(SharedFaces.photo("Silvio_Berlusconi", 6), 12).nobody(3 * FPS)
                .appearance(SharedFaces.photo("Silvio_Berlusconi", 8), 12).nobody(3 * FPS)
                .appearance(SharedFaces.photo("Claire_Danes", 1), 12).nobody(900); // a minute before the walk plays again
        Configuration door = camera(DOOR, "Front door", walk);
        Configuration yard = camera(YARD, "Yard", SharedFaces.folder("Pete_Sampras"));
        try {
            workbench.waitUntil("both cameras are on the wall", () -> CamerasParts.part(application, DOOR).isPresent()
                    && CamerasParts.part(application, YARD).isPresent());
            workbench.ui(() -> CamerasParts.show(application, YARD));
            workbench.ui(() -> CamerasParts.wall(application).detach(CamerasParts.part(application, YARD).orElseThrow()));
            workbench.ui(() -> CamerasParts.show(application, DOOR));
            workbench.waitUntil("the yard is in a window of its own and the door is live", () -> CameraWall.windowOf(
                    CamerasParts.part(application, YARD).orElseThrow()) != application.getChildren().get(0)
                    && CamerasParts.canvas(application, DOOR) != null && CamerasParts.canvas(application, DOOR).frame() != null);

            workbench.showPart("org.gatepass.part.attendancelog");
            workbench.waitUntil("the enrolled person's In appears in the log", java.time.Duration.ofSeconds(30), () -> {
                EventLogEntry newest = AttendanceLogParts.row(application, 0);
                return newest != null && jiang.equals(newest.name()) && newest.direction() == Direction.IN;
            });

            workbench.showPart("org.gatepass.part.alerts");
            workbench.waitUntil("the lingering stranger is one line seen twice", java.time.Duration.ofSeconds(30), () -> strangerLine(application, 2) != null);
            AlertGroup lingering = workbench.ui(() -> strangerLine(application, 2));
            workbench.ui(() -> AlertsParts.select(application, lingering.subject()));
            workbench.ui(() -> workbench.find("alerts.comment", Text.class).setText("asked him to wait at reception"));
            workbench.press("alerts.acknowledge");
            workbench.waitUntil("the alert is acknowledged", () -> AlertsParts.shown(application).stream()
                    .anyMatch(g -> g.subject().equals(lingering.subject()) && g.state() == AlertState.ACKNOWLEDGED));

            workbench.showPart("org.gatepass.part.strangers");
            Person claire = persons.create(workbench.actor(), Person.newPerson("Claire Visitor " + System.nanoTime(), PersonCategory.VISITOR));
            workbench.press("strangers.search");
            workbench.waitUntil("the other stranger is in the gallery with a picture", java.time.Duration.ofSeconds(30), () -> {
                Stranger other = single(application);
                return other != null && StrangersParts.showsPicture(application, other.id());
            });
            Stranger other = workbench.ui(() -> single(application));
            workbench.screenshot(workbench.ui(() -> workbench.mainShell().orElseThrow()), Path.of("target", "unknown-faces.png"));
            workbench.ui(() -> StrangersParts.thisWas(application, other, claire));
            workbench.waitUntil("the stranger is named", () -> workbench.text("strangers.message").equals("Stranger #" + other.id() + " was " + claire.name() + "."));

            workbench.showPart("org.gatepass.part.presence");
            workbench.press("presence.muster");
            workbench.waitUntil("the muster list is written", () -> workbench.text("presence.message").startsWith("Muster list of "));
            String message = workbench.text("presence.message");
            Path csv = Path.of(message.substring(message.lastIndexOf(" and ") + 5));
            assertTrue(Files.readString(csv).contains(jiang + ",,Employee,shift-door,"), Files.readString(csv));
            assertTrue(workbench.ui(() -> PresenceParts.shown(application)).inside().stream().anyMatch(e -> e.name().equals(jiang)));
        } finally {
            door.delete();
            yard.delete();
            enrollment.erase(workbench.actor(), enrolled.id()); // other tests may show the same face as a stranger
        }
    }

    private Configuration camera(String id, String name, Path folder) throws Exception {
        Configuration camera = configurations.createFactoryConfiguration("org.gatepass.camera.replay", "?");
        camera.update(Dictionaries.<String, Object> dictionaryOf("camera.id", id, "name", name, "path", folder.toString(), "fps", (double) FPS));
        return camera;
    }

    /** The desk line of a stranger at the door seen at least {@code times} times, if any. */
    private static AlertGroup strangerLine(MApplication application, int times) {
        return AlertsParts.shown(application).stream().filter(g -> g.subject().startsWith("stranger:") && g.cameras().contains(DOOR)
                && g.alerts().size() >= times && g.decision() == Decision.UNKNOWN_FACE).findFirst().orElse(null);
    }

    /** The stranger at the door seen once and not named yet. */
    private static Stranger single(MApplication application) {
        return StrangersParts.shown(application).stream().filter(s -> s.cameras().contains(DOOR) && s.sightings() == 1 && s.namedPersonName() == null)
                .findFirst().orElse(null);
    }
}
