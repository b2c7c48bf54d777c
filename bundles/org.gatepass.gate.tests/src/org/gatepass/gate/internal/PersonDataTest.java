package org.gatepass.gate.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.core.audit.AuditEntry;
import org.gatepass.core.audit.AuditQuery;
import org.gatepass.core.audit.AuditService;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.security.AccessDeniedException;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.OperatorService;
import org.gatepass.core.security.Role;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.core.storage.PersonRepository;
import org.gatepass.gate.EnrollmentService;
import org.gatepass.gate.ErasureReport;
import org.gatepass.gate.DataExport;
import org.gatepass.gate.PersonDataService;
import org.gatepass.persistence.testing.TestOperators;
import org.gatepass.vision.FacePipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * A person's data on request through the workstation's services, administrators only: the export holds their record
 * and pictures; after the erasure the gate no longer knows the face, the person and their pictures are gone, their
 * events name nobody, and the audit trail says what went.
 * (What the database keeps of them is checked table by table on H2 and MariaDB in the repository tests.)
 */
@ExtendWith(ServiceExtension.class)
class PersonDataTest {
    @InjectService(timeout = 10_000)
    OperatorService operators;
    @InjectService(timeout = 10_000)
    PersonRepository persons;
    @InjectService(timeout = 10_000)
    EnrollmentService enrollment;
    @InjectService(timeout = 10_000)
    PersonDataService personData;
    @InjectService(timeout = 10_000)
    GateEventRepository events;
    @InjectService(timeout = 10_000)
    AuditService audit;
    @InjectService(timeout = 10_000)
    FacePipeline pipeline;
    @InjectService(timeout = 30_000)
    Gallery gallery;

    @Test
    void theirDataIsExportedThenErasedAndTheGateForgetsThem(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Actor admin = TestOperators.admin(operators);
        Person pervez = persons.insert(Person.newPerson("Pervez Erased " + System.nanoTime(), PersonCategory.VISITOR));
        enrollment.recordConsent(admin, pervez.id(), TestConsent.TEXT);
        assertEquals(2, enrollment.enrollPhotos(admin, pervez.id(), List.of(SharedFaces.photo("Pervez_Musharraf", 1),
                SharedFaces.photo("Pervez_Musharraf", 2))).enrolled());
        Path probe = SharedFaces.photo("Pervez_Musharraf", 3);
        assertTrue(LoadedGallery.knows(gallery, pipeline, pervez.id(), probe), "recognised before the erasure");
        GateEvent alert = events.record(new GateEvent(null, pervez.id(), "erasure-cam", null, Decision.INACTIVE_PERSON, 0.8,
                java.time.Instant.now()), new byte[] { 1, 2, 3 });

        Path zip = folder.resolve("pervez.zip");
        assertThrows(AccessDeniedException.class, () -> personData.export(TestOperators.withRole(operators, Role.SECURITY), pervez.id(), zip));
        assertEquals(new DataExport(pervez.name(), 1, 1, 0, 1, 3), personData.export(admin, pervez.id(), zip));
        java.util.Map<String, byte[]> entries = new java.util.TreeMap<>();
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertEquals(java.util.Set.of("person.json", "pictures/event-" + alert.id() + ".jpg"), entries.keySet());
        assertArrayEquals(new byte[] { 1, 2, 3 }, entries.get("pictures/event-" + alert.id() + ".jpg"));
        String json = new String(entries.get("person.json"), java.nio.charset.StandardCharsets.UTF_8);
        for (String expected : java.util.List.of("\"name\":\"" + pervez.name() + "\"", "\"text\":\"" + TestConsent.TEXT + "\"", "\"faceTemplates\":3",
                "\"id\":" + alert.id(), "\"decision\":\"Inactive person\"", "\"camera\":\"erasure-cam\"")) {
            assertTrue(json.contains(expected), expected + " in " + json);
        }
        assertEquals("person.export", audit.find(admin, AuditQuery.newest(1)).get(0).action());

        assertThrows(AccessDeniedException.class, () -> personData.erase(TestOperators.withRole(operators, Role.SECURITY), pervez.id()));
        assertThrows(AccessDeniedException.class, () -> personData.erase(TestOperators.withRole(operators, Role.RECEPTION), pervez.id()));

        ErasureReport report = personData.erase(admin, pervez.id());

        assertEquals(new ErasureReport(pervez.name(), 3, 1, 0, 0, 1, 1), report);
        assertEquals(Optional.empty(), persons.findById(pervez.id()));
        assertFalse(LoadedGallery.knows(gallery, pipeline, pervez.id(), probe), "the gate forgets the face at once");
        assertEquals(Optional.empty(), events.snapshot(alert.id()), "their pictures are gone");
        GateEvent kept = events.find(alert.id()).orElseThrow();
        assertNull(kept.personId(), "the event stays for the counts and names nobody");
        assertEquals(Decision.INACTIVE_PERSON, kept.decision());
        AuditEntry trail = audit.find(admin, AuditQuery.newest(1)).get(0);
        assertEquals("person.erase", trail.action());
        assertTrue(trail.after().contains("templates=3") && trail.after().contains("pictures=1"), trail.toString());
        assertThrows(IllegalArgumentException.class, () -> personData.erase(admin, pervez.id()), "nobody left to erase");
    }

}
