package org.gatepass.gate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.camera.testing.WalkThroughScript;
import org.gatepass.core.access.AntiPassback;
import org.gatepass.core.access.Gate;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.event.EventLogQuery;
import org.gatepass.core.event.EventLogSort;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.presence.PresenceEntry;
import org.gatepass.core.security.AccessControl;
import org.gatepass.core.security.OperatorService;
import org.gatepass.gate.GateProperties;
import org.gatepass.persistence.testing.StationStorage;
import org.gatepass.persistence.testing.TestOperators;
import org.gatepass.persistence.testing.TestSchemas;
import org.gatepass.vision.FacePipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.event.EventAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.dictionary.Dictionaries;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Anti-passback across two stations: one gate, the Main entrance, with an entry camera on each of two workstations
 * sharing one database. A person comes in at station A and, after the cooldown, comes in again at station B without
 * having left: a HARD gate refuses the second entry with an alert, a SOFT one records it and alerts. The soft gate
 * leads into a lab, whose presence is kept apart from the site's.
 */
@ExtendWith(ServiceExtension.class)
class AntiPassbackTwoStationsTest {
    private static final int FPS = 15;
    private static final int COOLDOWN_SECONDS = 2;

    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurations;
    @InjectService(timeout = 10_000)
    FacePipeline pipeline;
    @InjectService(timeout = 10_000)
    EventAdmin eventAdmin;
    @InjectService(timeout = 10_000)
    AccessControl access;
    @InjectService(timeout = 10_000)
    OperatorService operators;
    @InjectService(timeout = 30_000)
    ServiceAware<GateRuntime> gates;

    @Test
    void onMariaDbAHardGateRefusesTheSecondEntry() throws Exception {
        String schema = TestSchemas.newSchemaName();
        String url = TestSchemas.createMysql(schema);
        try {
            List<EventLogEntry> seen = enterTwice(url, TestSchemas.mysqlUser(), AntiPassback.HARD, "").seen();
            assertEquals(List.of("entry-a ADMITTED IN", "entry-b PASSBACK -"), describe(seen), "the second entry is refused: " + seen);
        } finally {
            TestSchemas.dropMysql(schema);
        }
    }

    @Test
    void onH2ASoftGateIntoALabRecordsTheSecondEntryAndAlerts(@TempDir Path folder) throws Exception {
        Walked walked = enterTwice(TestSchemas.h2Url(folder.resolve("db")), "", AntiPassback.SOFT, "Lab 2");
        assertEquals(List.of("entry-a ADMITTED IN", "entry-b ADMITTED IN", "entry-b PASSBACK -"), describe(walked.seen()),
                "recorded, then flagged: " + walked.seen());
        assertEquals(List.of("Tony Blair"), walked.inLab().stream().map(PresenceEntry::name).toList(), "in the lab");
        assertEquals(List.of(), walked.onSite(), "the lab's door does not move anybody onto the site");
    }

    /** What the two stations stored, and who is in the lab and on the site after it. */
    private record Walked(List<EventLogEntry> seen, List<PresenceEntry> inLab, List<PresenceEntry> onSite) {
    }

    private static List<String> describe(List<EventLogEntry> seen) {
        return seen.stream().map(e -> e.cameraId() + " " + e.decision() + " " + (e.direction() == null ? "-" : e.direction().name())).toList();
    }

    private Walked enterTwice(String url, String user, AntiPassback mode, String area) throws Exception {
        Path journals = Files.createTempDirectory("gatepass-journals-");
        Path atA = Files.createTempDirectory("gatepass-passback-a-");
        Path atB = Files.createTempDirectory("gatepass-passback-b-");
        WalkThroughScript first = new WalkThroughScript(atA).nobody(FPS).appearance(SharedFaces.photo("Tony_Blair", 48), 2 * FPS)
                .nobody((COOLDOWN_SECONDS + 6) * FPS);
        WalkThroughScript second = new WalkThroughScript(atB).nobody((COOLDOWN_SECONDS + 5) * FPS)
                .appearance(SharedFaces.photo("Tony_Blair", 53), 2 * FPS).nobody(2 * FPS);

        GateRuntime workstation = gates.getService();
        Configuration gateSettings = configurations.getConfiguration(GateRuntime.PID, "?");
        gateSettings.update(Dictionaries.<String, Object> dictionaryOf("Camera.target", GateHarness.IGNORE_STATION_CAMERAS));
        List<Configuration> cameras = new ArrayList<>();
        try (StationStorage a = StationStorage.open(url, user); StationStorage b = a.secondStation()) {
            GateHarness.restarted(gates, workstation);
            Person tony = a.persons().insert(Person.newPerson("Tony Blair", PersonCategory.EMPLOYEE));
            Gallery galleryA = new Gallery(pipeline, a.templates());
            DefaultEnrollmentService enrollmentA = new DefaultEnrollmentService(pipeline, galleryA, a.templates(), a.persons(), new DecisionHolds(),
                    access, a.audit(), a.transactions(), a.consents());
            enrollmentA.recordConsent(TestOperators.admin(operators), tony.id(), TestConsent.TEXT);
            enrollmentA.enrollPhotos(TestOperators.admin(operators), tony.id(), List.of(SharedFaces.photo("Tony_Blair", 18), SharedFaces.photo("Tony_Blair", 32)));
            a.access().saveGate(new Gate(null, "Main entrance", Set.of("entry-a", "entry-b"), false, "", 0, mode, area));

            GateRuntime stationA = new GateRuntime(pipeline, galleryA, a.persons(), a.events(), eventAdmin, new DecisionHolds(), a.strangers(),
                    new PassDesk(a.passes(), Optional::empty), a.access(), a.retention(), GateHarness.settings(COOLDOWN_SECONDS, 3), new EventJournal(journals.resolve("a")));
            GateRuntime stationB = new GateRuntime(pipeline, new Gallery(pipeline, b.templates()), b.persons(), b.events(), eventAdmin,
                    new DecisionHolds(), b.strangers(), new PassDesk(b.passes(), Optional::empty), b.access(), b.retention(), GateHarness.settings(COOLDOWN_SECONDS, 3),
                    new EventJournal(journals.resolve("b")));
            try {
                cameras.add(entryCamera("entry-a", atA));
                cameras.add(entryCamera("entry-b", atB));
                GateHarness.addCamera(stationA, "entry-a");
                GateHarness.addCamera(stationB, "entry-b");
                GateHarness.waitUntilPlayedOnce(Math.max(first.frames(), second.frames()), FPS,
                        List.of(() -> stationA.worker("entry-a"), () -> stationB.worker("entry-b")));
                Thread.sleep(500); // the last decision's alert is stored after its frame was read
            } finally {
                stationA.stop();
                stationB.stop();
            }
            List<EventLogEntry> seen = a.events().log(new EventLogQuery("", EventLogSort.TIME, true, 0, 100));
            seen.stream().filter(e -> e.decision() == Decision.PASSBACK).forEach(e -> assertEquals("entered by Main entrance without having left",
                    a.events().find(e.eventId()).map(GateEvent::reason).orElseThrow()));
            return new Walked(seen, area.isEmpty() ? List.of() : a.presence().inside(area), a.presence().inside(""));
        } finally {
            for (Configuration camera : cameras) {
                camera.delete();
            }
            gateSettings.delete();
        }
    }

    /** A station's replay camera on the entry side of the gate. */
    private Configuration entryCamera(String cameraId, Path replay) throws Exception {
        Configuration camera = configurations.createFactoryConfiguration("org.gatepass.camera.replay", "?");
        camera.update(new Hashtable<>(Map.<String, Object> of("camera.id", cameraId, "path", replay.toString(), "fps", (double) FPS,
                GateHarness.STATION, cameraId, GateProperties.MODE, "ENTRY")));
        return camera;
    }
}
