package org.gatepass.gate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.camera.testing.WalkThroughScript;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.event.EventLogQuery;
import org.gatepass.core.event.EventLogSort;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.security.AccessControl;
import org.gatepass.core.security.OperatorService;
import org.gatepass.persistence.testing.StationStorage;
import org.gatepass.persistence.testing.TestOperators;
import org.gatepass.persistence.testing.TestSchemas;
import org.gatepass.vision.FacePipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.event.EventAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.dictionary.Dictionaries;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * A station whose connection to MariaDB is cut while people walk past: the gate goes on deciding, keeps the
 * events in its journal, and stores each of them once when the connection is back.
 */
@ExtendWith(ServiceExtension.class)
class DatabaseOutageTest {
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
    void eventsDecidedDuringAnOutageAreStoredOnceWhenTheDatabaseIsBack() throws Exception {
        String schema = TestSchemas.newSchemaName();
        URI server = URI.create(TestSchemas.createMysql(schema).substring("jdbc:".length()));
        GateRuntime workstation = gates.getService();
        Configuration gateSettings = configurations.getConfiguration(GateRuntime.PID, "?");
        gateSettings.update(Dictionaries.<String, Object> dictionaryOf("Camera.target", GateHarness.IGNORE_STATION_CAMERAS));
        try (TcpForwarder network = new TcpForwarder(server.getHost(), server.getPort());
                StationStorage station = StationStorage.open("jdbc:mysql://127.0.0.1:" + network.port() + "/" + schema, TestSchemas.mysqlUser());
                StationStorage check = StationStorage.open("jdbc:mysql://" + server.getHost() + ":" + server.getPort() + "/" + schema,
                        TestSchemas.mysqlUser())) {
            GateHarness.restarted(gates, workstation);
            Person tony = station.persons().insert(Person.newPerson("Tony Blair", PersonCategory.EMPLOYEE));
            Gallery gallery = new Gallery(pipeline, station.templates());
            DefaultEnrollmentService enrollment = new DefaultEnrollmentService(pipeline, gallery, station.templates(), station.persons(),
                    new DecisionHolds(), access, station.audit(), station.transactions(), station.consents());
            enrollment.recordConsent(TestOperators.admin(operators), tony.id(), TestConsent.TEXT);
            assertEquals(2, enrollment.enrollPhotos(TestOperators.admin(operators), tony.id(),
                    List.of(SharedFaces.photo("Tony_Blair", 18), SharedFaces.photo("Tony_Blair", 32))).enrolled());
            Path journal = Files.createTempDirectory("gatepass-journal-");
            GateRuntime gate = new GateRuntime(pipeline, gallery, station.persons(), station.events(), eventAdmin, new DecisionHolds(), station.strangers(),
                    new PassDesk(station.passes(), Optional::empty), station.access(), station.retention(), GateHarness.settings(COOLDOWN_SECONDS, 3), new EventJournal(journal));
            try {
                walk(gate, "outage-1", new WalkThroughScript(Files.createTempDirectory("gatepass-outage-"))
                        .nobody(FPS).appearance(SharedFaces.photo("Tony_Blair", 48), 12).nobody(FPS));
                assertEquals(List.of(Direction.IN), log(check).stream().map(EventLogEntry::direction).toList(), "in while the database is up");

                network.cut();
                walk(gate, "outage-2", new WalkThroughScript(Files.createTempDirectory("gatepass-outage-"))
                        .nobody((COOLDOWN_SECONDS + 1) * FPS).appearance(SharedFaces.photo("Tony_Blair", 53), 12)
                        .nobody(3 * FPS).appearance(SharedFaces.photo("Jiang_Zemin", 1), 12).nobody(FPS));
                assertEquals(2, gate.eventsWaitingForDatabase(), "Tony's Out and the stranger alert wait in the journal");
                Thread.sleep(3000); // replays are tried and fail
                assertEquals(1, log(check).size(), "nothing reached the database during the outage");
                assertEquals(2, gate.eventsWaitingForDatabase());

                network.restore();
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (gate.eventsWaitingForDatabase() > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                assertEquals(0, gate.eventsWaitingForDatabase(), "the journal was stored once the database was back");
                Thread.sleep(2500); // another replay round: nothing stored twice
            } finally {
                gate.stop();
            }
            List<EventLogEntry> log = log(check);
            assertEquals(List.of(Decision.ADMITTED, Decision.ADMITTED, Decision.UNKNOWN_FACE), log.stream().map(EventLogEntry::decision).toList(),
                    log.toString());
            assertEquals(Direction.IN, log.get(0).direction());
            assertEquals(Direction.OUT, log.get(1).direction(), "decided on the presence the station knew: Tony was In");
            assertEquals("Tony Blair", log.get(1).name());
            assertEquals(null, log.get(2).name());
            assertTrue(check.events().snapshot(log.get(2).eventId()).orElseThrow().length > 1000, "the alert's picture came through the journal");
        } finally {
            gateSettings.delete();
            TestSchemas.dropMysql(schema);
        }
    }

    private void walk(GateRuntime gate, String cameraId, WalkThroughScript script) throws Exception {
        Configuration camera = GateHarness.stationCamera(configurations, cameraId, script.folder(), FPS);
        try {
            var source = GateHarness.addCamera(gate, cameraId);
            GateHarness.waitUntilPlayedOnce(script.frames(), FPS, List.of(() -> gate.worker(cameraId)));
            gate.removeCamera(source);
        } finally {
            camera.delete();
        }
    }

    private static List<EventLogEntry> log(StationStorage storage) {
        return storage.events().log(new EventLogQuery("", EventLogSort.TIME, true, 0, 100));
    }
}
