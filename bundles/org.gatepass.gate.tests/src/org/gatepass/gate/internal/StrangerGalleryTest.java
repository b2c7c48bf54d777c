package org.gatepass.gate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.camera.testing.WalkThroughScript;
import org.gatepass.core.alert.AlertDesk;
import org.gatepass.core.alert.AlertEntry;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.event.EventLogQuery;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.security.AccessDeniedException;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.OperatorService;
import org.gatepass.core.security.Role;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.core.storage.PersonRepository;
import org.gatepass.core.stranger.Stranger;
import org.gatepass.core.stranger.StrangerQuery;
import org.gatepass.gate.EnrollmentReport;
import org.gatepass.gate.EnrollmentService;
import org.gatepass.gate.GateProperties;
import org.gatepass.gate.StrangerService;
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
 * The unknown-face gallery on real faces: the same unenrolled person passing twice (two different LFW photos) is one
 * stranger seen twice, another person is another stranger; the desk groups the alerts by stranger; one stranger is
 * named as an existing person, the other enrolled as a new person from the snapshots, and is then recognised.
 */
@ExtendWith(ServiceExtension.class)
class StrangerGalleryTest {
    private static final String CAMERA = "replay-strangers";
    private static final int FPS = 15;

    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurations;
    @InjectService(timeout = 10_000)
    OperatorService operators;
    @InjectService(timeout = 10_000)
    PersonRepository persons;
    @InjectService(timeout = 10_000)
    GateEventRepository events;
    @InjectService(timeout = 10_000)
    StrangerService strangers;
    @InjectService(timeout = 10_000)
    AlertDesk desk;
    @InjectService(timeout = 10_000)
    EnrollmentService enrollment;
    @InjectService(timeout = 30_000)
    ServiceAware<GateRuntime> gates;

    @Test
    void repeatedSightingsAreOneStrangerThatCanBeNamedOrEnrolled() throws Exception {
        Actor admin = TestOperators.admin(operators);
        Instant start = Instant.now();
        walk(new WalkThroughScript(Files.createTempDirectory("gatepass-strangers-")).nobody(FPS)
                .appearance(SharedFaces.photo("Jiang_Zemin", 1), 12).nobody(3 * FPS)
                .appearance(SharedFaces.photo("Jiang_Zemin", 2), 12).nobody(3 * FPS)
                .appearance(SharedFaces.photo("Laura_Bush", 1), 12).nobody(FPS));

        List<EventLogEntry> alerts = alertsSince(start);
        assertEquals(3, alerts.size(), alerts.toString());
        // strangers are kept a day: earlier tests of this run may have filed the same faces already
        Map<Long, Long> strangerOf = desk.alerts(admin, start, false, 100).stream().filter(a -> a.cameraId().equals(CAMERA))
                .collect(Collectors.toMap(AlertEntry::eventId, a -> a.strangerId() == null ? -1L : a.strangerId()));
        long jiangId = strangerOf.get(alerts.get(0).eventId());
        long lauraId = strangerOf.get(alerts.get(2).eventId());
        assertTrue(jiangId > 0 && lauraId > 0, "every unknown face is filed with a stranger: " + strangerOf);
        assertEquals(jiangId, (long) strangerOf.get(alerts.get(1).eventId()), "two photos of one person are one stranger");
        assertNotEquals(jiangId, lauraId, "another person is another stranger");
        List<Stranger> found = strangers.strangers(admin, new StrangerQuery(start, null, CAMERA, 10));
        assertEquals(Set.of(jiangId, lauraId), found.stream().map(Stranger::id).collect(Collectors.toSet()), found.toString());
        Stranger jiang = found.stream().filter(s -> s.id() == jiangId).findFirst().orElseThrow();
        Stranger laura = found.stream().filter(s -> s.id() == lauraId).findFirst().orElseThrow();
        assertTrue(jiang.sightings() >= 2 && jiang.cameras().contains(CAMERA), jiang.toString());
        assertEquals(List.of(alerts.get(1).eventId(), alerts.get(0).eventId()), strangers.sightings(admin, jiang.id()).subList(0, 2), "newest first");

        Person visitor = persons.insert(Person.newPerson("Laura Visitor " + System.nanoTime(), PersonCategory.VISITOR));
        assertThrows(AccessDeniedException.class, () -> strangers.thisWas(TestOperators.withRole(operators, Role.RECEPTION), laura.id(), visitor.id()));
        strangers.thisWas(admin, laura.id(), visitor.id());
        Stranger named = strangers.strangers(admin, new StrangerQuery(start, null, CAMERA, 10)).stream().filter(s -> s.id() == laura.id())
                .findFirst().orElseThrow();
        assertEquals(visitor.name(), named.namedPersonName());
        assertThrows(IllegalArgumentException.class, () -> strangers.thisWas(admin, laura.id(), visitor.id()), "named once");

        String name = "Jiang Zemin " + System.nanoTime();
        assertThrows(IllegalArgumentException.class, () -> strangers.enrolAsNewPerson(admin, jiang.id(), Person.newPerson(name, PersonCategory.VISITOR), " "),
                "no enrolment without consent");
        EnrollmentReport enrolled = strangers.enrolAsNewPerson(admin, jiang.id(), Person.newPerson(name, PersonCategory.VISITOR),
                "I agree that my face is used to let me in (visitor form v2)");
        List<EventLogEntry> after;
        Instant again = Instant.now();
        try {
            assertTrue(enrolled.enrolled() >= 1, enrolled.toString());
            walk(new WalkThroughScript(Files.createTempDirectory("gatepass-strangers-")).nobody(FPS)
                    .appearance(SharedFaces.photo("Jiang_Zemin", 3), 12).nobody(FPS));
            after = events.log(EventLogQuery.newestFirst(name, 10));
        } finally {
            enrollment.erase(admin, enrolled.personId()); // other tests walk Jiang Zemin past as a stranger
        }
        assertEquals(1, after.size(), "the enrolled stranger is recognised: " + after + " / alerts " + alertsSince(again));
        assertEquals(Decision.ADMITTED, after.get(0).decision());
        assertNotNull(after.get(0).direction());
    }

    private void walk(WalkThroughScript script) throws Exception {
        Configuration camera = configurations.createFactoryConfiguration("org.gatepass.camera.replay", "?");
        camera.update(Dictionaries.<String, Object> dictionaryOf("camera.id", CAMERA, "path", script.folder().toString(), "fps", (double) FPS,
                GateProperties.MODE, "TOGGLE"));
        try {
            GateRuntime gate = gates.waitForService(10_000);
            GateHarness.waitUntilPlayedOnce(script.frames(), FPS, List.of(() -> gate.worker(CAMERA)));
        } finally {
            camera.delete();
            Thread.sleep(500);
        }
    }

    private List<EventLogEntry> alertsSince(Instant start) {
        return events.log(EventLogQuery.newestFirst("", 500)).reversed().stream()
                .filter(e -> e.cameraId().equals(CAMERA) && e.decision() == Decision.UNKNOWN_FACE && !e.occurredAt().isBefore(start)).toList();
    }
}
