package org.gatepass.gate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.camera.testing.WalkThroughScript;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.event.EventLogQuery;
import org.gatepass.core.event.EventLogSort;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.security.AccessControl;
import org.gatepass.core.security.OperatorService;
import org.gatepass.gate.EnrollmentReport;
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
 * Two workstations sharing one database, each a gate runtime of its own with its own connection pool and
 * repositories, whose replay cameras see the same enrolled person at the same moment: the person is moved In
 * once, not twice, and Out once on the next pass after the cooldown.
 */
@ExtendWith(ServiceExtension.class)
class TwoStationsTest {
    private static final int FPS = 15;
    private static final int COOLDOWN_SECONDS = 3;

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
    void onMariaDbOnePassIsOneMovement() throws Exception {
        String schema = TestSchemas.newSchemaName();
        String url = TestSchemas.createMysql(schema);
        try {
            onePassIsOneMovement(url, TestSchemas.mysqlUser());
        } finally {
            TestSchemas.dropMysql(schema);
        }
    }

    @Test
    void onH2OnePassIsOneMovement(@TempDir Path folder) throws Exception {
        onePassIsOneMovement(TestSchemas.h2Url(folder.resolve("db")), "");
    }

    private void onePassIsOneMovement(String url, String user) throws Exception {
        Path journals = Files.createTempDirectory("gatepass-journals-");
        Path replay = Files.createTempDirectory("gatepass-two-stations-");
        WalkThroughScript script = new WalkThroughScript(replay)
                .nobody(FPS)
                .appearance(SharedFaces.photo("Tony_Blair", 48), 2 * FPS) // long enough for both stations to confirm, even on a busy machine
                .nobody((COOLDOWN_SECONDS + 2) * FPS) // the cooldown passes and the track is lost
                .appearance(SharedFaces.photo("Tony_Blair", 53), 2 * FPS)
                .nobody(FPS);

        GateRuntime workstation = gates.getService();
        Configuration gateSettings = configurations.getConfiguration(GateRuntime.PID, "?");
        gateSettings.update(Dictionaries.<String, Object> dictionaryOf("Camera.target", GateHarness.IGNORE_STATION_CAMERAS));
        List<Configuration> cameras = new ArrayList<>();
        try (StationStorage a = StationStorage.open(url, user); StationStorage b = StationStorage.open(url, user)) {
            GateHarness.restarted(gates, workstation);
            Person tony = a.persons().insert(Person.newPerson("Tony Blair", PersonCategory.EMPLOYEE));
            Gallery galleryA = new Gallery(pipeline, a.templates());
            DefaultEnrollmentService enrollmentA = new DefaultEnrollmentService(pipeline, galleryA, a.templates(), a.persons(),
                    new DecisionHolds(), access, a.audit(), a.transactions(), a.consents());
            enrollmentA.recordConsent(TestOperators.admin(operators), tony.id(), TestConsent.TEXT);
            EnrollmentReport enrolled = enrollmentA.enrollPhotos(TestOperators.admin(operators), tony.id(),
                    List.of(SharedFaces.photo("Tony_Blair", 18), SharedFaces.photo("Tony_Blair", 32)));
            assertEquals(2, enrolled.enrolled(), enrolled.toString());

            GateRuntime stationA = new GateRuntime(pipeline, galleryA, a.persons(), a.events(), eventAdmin, new DecisionHolds(), a.strangers(),
                    new PassDesk(a.passes(), Optional::empty), a.access(), a.retention(), GateHarness.settings(COOLDOWN_SECONDS, 3), new EventJournal(journals.resolve("a")));
            GateRuntime stationB = new GateRuntime(pipeline, new Gallery(pipeline, b.templates()), b.persons(), b.events(), eventAdmin,
                    new DecisionHolds(), b.strangers(), new PassDesk(b.passes(), Optional::empty), b.access(), b.retention(), GateHarness.settings(COOLDOWN_SECONDS, 3), new EventJournal(journals.resolve("b")));
            try {
                cameras.add(GateHarness.stationCamera(configurations, "station-a", replay, FPS));
                cameras.add(GateHarness.stationCamera(configurations, "station-b", replay, FPS));
                GateHarness.addCamera(stationA, "station-a");
                GateHarness.addCamera(stationB, "station-b");
                GateHarness.waitUntilPlayedOnce(script.frames(), FPS,
                        List.of(() -> stationA.worker("station-a"), () -> stationB.worker("station-b")));
                assertEquals(0, stationA.eventsWaitingForDatabase() + stationB.eventsWaitingForDatabase(), "the database was up");
                assertEquals(2, stationA.worker("station-a").orElseThrow().decisionLatencies().size(),
                        "station A recognised Tony on both passes");
                assertEquals(2, stationB.worker("station-b").orElseThrow().decisionLatencies().size(),
                        "station B recognised Tony on both passes");
            } finally {
                stationA.stop();
                stationB.stop();
            }

            List<EventLogEntry> seen = a.events().log(new EventLogQuery("", EventLogSort.TIME, true, 0, 100));
            assertEquals(List.of(Direction.IN, Direction.OUT), seen.stream().map(EventLogEntry::direction).toList(),
                    "one In and one Out for two stations seeing two passes: " + seen);
            assertEquals(List.of("Tony Blair", "Tony Blair"), seen.stream().map(EventLogEntry::name).toList());
        } finally {
            for (Configuration camera : cameras) {
                camera.delete();
            }
            gateSettings.delete();
        }
    }
}
