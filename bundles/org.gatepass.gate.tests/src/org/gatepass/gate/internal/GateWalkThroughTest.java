package org.gatepass.gate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.camera.testing.WalkThroughScript;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.event.EventLogQuery;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.security.OperatorService;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.core.storage.PersonRepository;
import org.gatepass.gate.EnrollmentReport.PictureOutcome.Result;
import org.gatepass.gate.EnrollmentReport;
import org.gatepass.gate.EnrollmentService;
import org.gatepass.gate.GateProperties;
import org.gatepass.persistence.testing.TestOperators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.dictionary.Dictionaries;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The gate end to end, as the issue judges it: a replay camera plays people walking past; an enrolled
 * person is logged In once per walk-in and Out on the next pass after the cooldown, a stranger raises an
 * alert with a snapshot, and nothing a stranger does is attributed to an enrolled person.
 */
@ExtendWith(ServiceExtension.class)
class GateWalkThroughTest {
    private static final String CAMERA = "replay-walkthrough";
    private static final int FPS = 15;

    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurations;
    @InjectService(timeout = 10_000)
    OperatorService operators;
    @InjectService(timeout = 10_000)
    PersonRepository persons;
    @InjectService(timeout = 10_000)
    EnrollmentService enrollment;
    @InjectService(timeout = 10_000)
    GateEventRepository events;
    @InjectService(timeout = 30_000)
    ServiceAware<GateRuntime> gates;

    @Test
    void enrolledPersonMovesInThenOutAndAStrangerRaisesAnAlert() throws Exception {
        Path tony18 = SharedFaces.photo("Tony_Blair", 18);
        Person tony = persons.insert(Person.newPerson("Tony Blair", PersonCategory.EMPLOYEE));
        enrollment.recordConsent(TestOperators.admin(operators), tony.id(), TestConsent.TEXT);
        EnrollmentReport enrolled = enrollment.enrollPhotos(TestOperators.admin(operators), tony.id(), List.of(tony18, SharedFaces.photo("Tony_Blair", 32)));
        assertEquals(2, enrolled.enrolled(), enrolled.toString());
        assertTrue(enrolled.pictures().stream().allMatch(p -> p.result() == Result.ENROLLED), enrolled.toString());

        GateRuntime withDefaults = gates.getService();
        Configuration gateSettings = configurations.getConfiguration(GateRuntime.PID, "?");
        gateSettings.update(Dictionaries.<String, Object> dictionaryOf("cooldownSeconds", 3, "confirmationFrames", 3));
        GateRuntime gate = GateHarness.restarted(gates, withDefaults);

        Path replay = Files.createTempDirectory("gatepass-walkthrough-");
        int quietFrames = 5 * FPS; // longer than the cooldown, and long enough for a track to be lost
        WalkThroughScript script = new WalkThroughScript(replay)
                .nobody(FPS)
                .appearance(SharedFaces.photo("Tony_Blair", 48), 12)
                .nobody(quietFrames)
                .appearance(SharedFaces.photo("Jiang_Zemin", 1), 12)
                .nobody(quietFrames)
                .appearance(SharedFaces.photo("Tony_Blair", 53), 12)
                .nobody(FPS);

        Configuration camera = configurations.createFactoryConfiguration("org.gatepass.camera.replay", "?");
        camera.update(Dictionaries.<String, Object> dictionaryOf("camera.id", CAMERA, "path", replay.toString(), "fps", (double) FPS, GateProperties.MODE, "TOGGLE"));
        try {
            GateHarness.waitUntilPlayedOnce(script.frames(), FPS, List.of(() -> gate.worker(CAMERA)));
        } finally {
            camera.delete();
            gateSettings.delete();
        }

        List<EventLogEntry> seen = events.log(EventLogQuery.newestFirst("", 500)).reversed().stream()
                .filter(e -> e.cameraId().equals(CAMERA)).toList();
        assertEquals(3, seen.size(), seen.toString());
        assertEquals(List.of(Decision.ADMITTED, Decision.UNKNOWN_FACE, Decision.ADMITTED), seen.stream().map(EventLogEntry::decision).toList());
        assertEquals("Tony Blair", seen.get(0).name());
        assertEquals(Direction.IN, seen.get(0).direction());
        assertEquals(null, seen.get(1).name(), "a stranger must never be attributed to an enrolled person");
        assertEquals(Direction.OUT, seen.get(2).direction());
        assertEquals("Tony Blair", seen.get(2).name());
        assertTrue(events.snapshot(seen.get(1).eventId()).orElseThrow().length > 1000, "the stranger alert carries a picture");
    }
}
