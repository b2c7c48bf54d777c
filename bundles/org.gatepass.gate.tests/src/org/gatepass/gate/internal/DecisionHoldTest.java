package org.gatepass.gate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.camera.testing.WalkThroughScript;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.event.EventLogQuery;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonService;
import org.gatepass.core.security.AccessDeniedException;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.OperatorService;
import org.gatepass.core.security.Role;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.gate.EnrollmentCapture;
import org.gatepass.gate.EnrollmentService;
import org.gatepass.persistence.testing.TestOperators;
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
    @InjectService(timeout = 10_000)
    EnrollmentService enrollment;
    @InjectService(timeout = 10_000)
    PersonService persons;
    @InjectService(timeout = 10_000)
    OperatorService operators;

    /** Enrolment from a camera holds the gate's decisions on it: the person in front of it is still a stranger. */
    @Test
    void aCameraWatchedForEnrolmentRaisesNoAlertAndAfterTheCaptureItDoes() throws Exception {
        Path replay = Files.createTempDirectory("gatepass-hold-");
        WalkThroughScript script = new WalkThroughScript(replay).nobody(FPS)
                .appearance(SharedFaces.photo("Jiang_Zemin", 1), 2 * FPS).nobody(3 * FPS);
        GateRuntime withDefaults = gates.getService();
        Configuration gateSettings = configurations.getConfiguration(GateRuntime.PID, "?");
        gateSettings.update(Dictionaries.<String, Object> dictionaryOf("cooldownSeconds", 3, "confirmationFrames", 3));
        GateRuntime gate = GateHarness.restarted(gates, withDefaults);
        Actor admin = TestOperators.admin(operators);
        long enrolling = persons.create(admin, Person.newPerson("Held Visitor", PersonCategory.VISITOR)).id();
        assertThrows(AccessDeniedException.class, () -> enrollment.startCapture(TestOperators.withRole(operators, Role.SECURITY), enrolling),
                "only an administrator enrols, and so holds a camera");
        assertThrows(IllegalStateException.class, () -> enrollment.startCapture(admin, enrolling), "not before the person agreed");
        enrollment.recordConsent(admin, enrolling, TestConsent.TEXT);
        EnrollmentCapture hold = enrollment.startCapture(admin, enrolling);
        EnrollmentCapture nested = enrollment.startCapture(admin, enrolling);
        hold.watch("another-camera");
        hold.watch(CAMERA); // moving to the camera lets go of the other one
        nested.watch(CAMERA);
        Configuration camera = configurations.createFactoryConfiguration("org.gatepass.camera.replay", "?");
        camera.update(Dictionaries.<String, Object> dictionaryOf("camera.id", CAMERA, "path", replay.toString(), "fps", (double) FPS));
        try {
            nested.close();
            GateHarness.waitUntilPlayedOnce(script.frames(), FPS, List.of(() -> gate.worker(CAMERA)));
            assertEquals(List.of(), decisions(), "nothing is decided while a capture still watches the camera");

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
