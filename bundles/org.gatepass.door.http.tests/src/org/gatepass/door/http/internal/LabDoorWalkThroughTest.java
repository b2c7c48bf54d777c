package org.gatepass.door.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.camera.testing.WalkThroughScript;
import org.gatepass.core.access.AccessLevel;
import org.gatepass.core.access.AccessService;
import org.gatepass.core.access.AntiPassback;
import org.gatepass.core.access.Gate;
import org.gatepass.core.access.TimeWindow;
import org.gatepass.core.access.WeeklySchedule;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.EventLogQuery;
import org.gatepass.core.event.EventLogSort;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonService;
import org.gatepass.core.secret.SecretStore;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.OperatorService;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.gate.CameraView;
import org.gatepass.gate.EnrollmentService;
import org.gatepass.gate.GateMonitor;
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
 * Issue 13's lab door, replayed: the real gate, access rules, HTTP door relay plug-in and a relay on this machine. An
 * authorised person is admitted and the relay released once; an enrolled person without the lab's level is refused
 * with "not authorised for Lab 2" and an alert with a picture; the authorised person outside the schedule is refused.
 */
@ExtendWith(ServiceExtension.class)
class LabDoorWalkThroughTest {
    private static final String CAMERA = "lab-door-cam";
    private static final String DOOR = "lab-door";
    private static final int FPS = 15;
    private static final int COOLDOWN_SECONDS = 8;

    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurations;
    @InjectService(timeout = 10_000)
    OperatorService operators;
    @InjectService(timeout = 10_000)
    PersonService persons;
    @InjectService(timeout = 10_000)
    EnrollmentService enrollment;
    @InjectService(timeout = 10_000)
    AccessService access;
    @InjectService(timeout = 10_000)
    GateEventRepository events;
    @InjectService(timeout = 10_000)
    SecretStore secrets;
    @InjectService(timeout = 30_000)
    ServiceAware<GateMonitor> gates;

    @Test
    void theLabAdmitsItsStaffOnScheduleOpensTheDoorOnceAndRefusesEverybodyElse() throws Exception {
        Actor admin = TestOperators.admin(operators);
        secrets.put("door.lab-door.token", "lab token");
        Person alice = persons.create(admin, Person.newPerson("Alice Lab " + System.nanoTime(), PersonCategory.EMPLOYEE));
        Person bob = persons.create(admin, Person.newPerson("Bob Office " + System.nanoTime(), PersonCategory.EMPLOYEE));
        enrollment.recordConsent(admin, alice.id(), "I agree to my face being recognised at the gate (test).");
        enrollment.recordConsent(admin, bob.id(), "I agree to my face being recognised at the gate (test).");
        var aliceEnrolled = enrollment.enrollPhotos(admin, alice.id(), List.of(SharedFaces.photo("Tony_Blair", 18), SharedFaces.photo("Tony_Blair", 32)));
        assertEquals(2, aliceEnrolled.enrolled(), aliceEnrolled.toString());
        // Bob's recognition is not what is tested here: he walks on a photo of his enrolment
        var bobEnrolled = enrollment.enrollPhotos(admin, bob.id(), List.of(SharedFaces.photo("Colin_Powell", 40), SharedFaces.photo("Colin_Powell", 95),
                SharedFaces.photo("Colin_Powell", 133)));
        assertTrue(bobEnrolled.enrolled() >= 2, bobEnrolled.toString());
        Gate lab = access.saveGate(admin, new Gate(null, "Lab 2", Set.of(CAMERA), true, DOOR, 3, AntiPassback.OFF, ""));
        AccessLevel staff = access.saveLevel(admin, new AccessLevel(null, "Lab 2 staff", Set.of(lab.id()), WeeklySchedule.ALWAYS, false));
        access.setPersonLevel(admin, alice.id(), staff.id(), true);

        try (TestRelay relay = new TestRelay()) {
            Configuration door = configurations.createFactoryConfiguration(HttpDoorRelay.PID, "?");
            door.update(Dictionaries.<String, Object> dictionaryOf("door.name", DOOR, "url", relay.url(), "token.key", "door.lab-door.token"));
            GateMonitor before = gates.waitForService(10_000);
            Configuration gate = configurations.getConfiguration("org.gatepass.gate", "?");
            gate.update(Dictionaries.<String, Object> dictionaryOf("cooldownSeconds", COOLDOWN_SECONDS, "confirmationFrames", 3, "accessRefreshSeconds", 1));
            GateMonitor monitor = await("the gate restarts with the test's settings", () -> {
                GateMonitor now = gates.getService();
                return now != null && now != before ? now : null;
            }, Duration.ofSeconds(10));
            HttpDoorRelayTest.door(DOOR);
            try {
                long started = System.nanoTime();
                replay(monitor, new WalkThroughScript(Files.createTempDirectory("gatepass-lab-")).nobody(FPS)
                        .appearance(SharedFaces.photo("Tony_Blair", 48), 12).nobody(20).appearance(SharedFaces.photo("Colin_Powell", 40), 12).nobody(FPS));
                GateEvent admitted = await("Alice is admitted", () -> last(alice, Decision.ADMITTED), Duration.ofSeconds(10));
                assertEquals(Direction.IN, admitted.direction());
                GateEvent refused = await("Bob is refused", () -> last(bob, Decision.ACCESS_REFUSED), Duration.ofSeconds(10));
                assertEquals("not authorised for Lab 2", refused.reason());
                assertTrue(events.snapshot(refused.id()).isPresent(), "the refusal has the camera's picture");
                await("the door is released", () -> relay.releases().isEmpty() ? null : Boolean.TRUE, Duration.ofSeconds(10));
                assertEquals(List.of(new TestRelay.Release("{\"door\":\"lab-door\",\"seconds\":3}", "Bearer lab token")), relay.releases(),
                        "released once, for Alice only");
                assertEquals(0, count(bob, Decision.ADMITTED), "Bob never moved");

                // the level now opens the lab on another day only; Alice comes back once her cooldown is over
                DayOfWeek otherDay = LocalDate.now().plusDays(3).getDayOfWeek();
                access.saveLevel(admin, new AccessLevel(staff.id(), staff.name(), staff.gateIds(),
                        new WeeklySchedule(List.of(new TimeWindow(otherDay, LocalTime.of(8, 0), LocalTime.of(9, 0)))), false));
                long waited = Duration.ofNanos(System.nanoTime() - started).toMillis();
                Thread.sleep(Math.max(2_500, COOLDOWN_SECONDS * 1000L + 1_000 - waited));
                replay(monitor, new WalkThroughScript(Files.createTempDirectory("gatepass-lab-late-")).nobody(FPS)
                        .appearance(SharedFaces.photo("Tony_Blair", 48), 12).nobody(FPS));
                GateEvent late = await("Alice is refused outside the schedule", () -> last(alice, Decision.ACCESS_REFUSED), Duration.ofSeconds(10));
                assertTrue(late.reason().startsWith("outside the schedule of Lab 2 (Lab 2 staff: "), late.reason());
                Thread.sleep(1_000);
                assertEquals(1, relay.releases().size(), "a refusal opens nothing");
                assertEquals(1, count(alice, Decision.ADMITTED));
            } finally {
                gate.delete();
                door.delete();
            }
        } finally {
            enrollment.erase(admin, alice.id());
            enrollment.erase(admin, bob.id());
            access.deleteLevel(admin, staff.id());
            access.deleteGate(admin, lab.id());
            secrets.remove("door.lab-door.token");
        }
    }

    /** Plays the script once on the lab's camera and takes the camera away again. */
    private void replay(GateMonitor monitor, WalkThroughScript script) throws Exception {
        Configuration camera = configurations.createFactoryConfiguration("org.gatepass.camera.replay", "?");
        camera.update(Dictionaries.<String, Object> dictionaryOf("camera.id", CAMERA, "path", script.folder().toString(), "fps", (double) FPS,
                "gate.mode", "ENTRY"));
        try {
            await("the replay plays once", () -> monitor.cameras().stream().filter(c -> c.cameraId().equals(CAMERA)).map(CameraView::frame)
                    .anyMatch(f -> f != null && f.sequence() >= script.frames() - 1) ? Boolean.TRUE : null, Duration.ofSeconds(60));
        } finally {
            camera.delete();
        }
    }

    private GateEvent last(Person person, Decision decision) {
        return events.log(new EventLogQuery("", EventLogSort.TIME, false, 0, 50)).stream()
                .filter(e -> CAMERA.equals(e.cameraId()) && e.decision() == decision && person.name().equals(e.name())).findFirst()
                .flatMap(e -> events.find(e.eventId())).orElse(null);
    }

    private long count(Person person, Decision decision) {
        return events.log(new EventLogQuery("", EventLogSort.TIME, false, 0, 200)).stream()
                .filter(e -> CAMERA.equals(e.cameraId()) && e.decision() == decision && person.name().equals(e.name())).count();
    }

    private static <T> T await(String what, Callable<T> condition, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            T value = condition.call();
            if (value != null) {
                return value;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(what + ": not within " + patience.toSeconds() + " s");
    }
}
