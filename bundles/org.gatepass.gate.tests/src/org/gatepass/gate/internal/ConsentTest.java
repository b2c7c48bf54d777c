package org.gatepass.gate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.core.audit.AuditEntry;
import org.gatepass.core.audit.AuditQuery;
import org.gatepass.core.audit.AuditService;
import org.gatepass.core.biometric.Consent;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.security.AccessDeniedException;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.OperatorService;
import org.gatepass.core.security.Role;
import org.gatepass.core.storage.FaceTemplateRepository;
import org.gatepass.core.storage.PersonRepository;
import org.gatepass.gate.EnrollmentService;
import org.gatepass.persistence.testing.TestOperators;
import org.gatepass.vision.FacePipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Consent before enrolment, through the workstation's own services on its database: no face is enrolled before the
 * person agreed; the consent names its text, operator and time and is audited; withdrawing it erases the templates at
 * once and the gate stops recognising the person.
 */
@ExtendWith(ServiceExtension.class)
class ConsentTest {
    @InjectService(timeout = 10_000)
    OperatorService operators;
    @InjectService(timeout = 10_000)
    PersonRepository persons;
    @InjectService(timeout = 10_000)
    EnrollmentService enrollment;
    @InjectService(timeout = 10_000)
    FaceTemplateRepository templates;
    @InjectService(timeout = 10_000)
    AuditService audit;
    @InjectService(timeout = 10_000)
    FacePipeline pipeline;
    @InjectService(timeout = 30_000)
    Gallery gallery;

    @Test
    void noFaceIsEnrolledBeforeConsentAndWithdrawingItErasesTheFace() throws Exception {
        Actor admin = TestOperators.admin(operators);
        Person david = persons.insert(Person.newPerson("David Consent " + System.nanoTime(), PersonCategory.EMPLOYEE));
        List<Path> photos = List.of(SharedFaces.photo("David_Beckham", 1), SharedFaces.photo("David_Beckham", 9));

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> enrollment.enrollPhotos(admin, david.id(), photos));
        assertEquals(david.name() + " has not agreed to face enrolment: record their consent first", refused.getMessage());
        assertEquals(0, stored(david), "nothing of a refused enrolment is stored");
        assertThrows(AccessDeniedException.class, () -> enrollment.recordConsent(TestOperators.withRole(operators, Role.SECURITY), david.id(),
                TestConsent.TEXT), "only who may enrol records consent");
        assertThrows(IllegalArgumentException.class, () -> enrollment.recordConsent(admin, david.id(), "  "));
        assertEquals(Optional.empty(), enrollment.consent(admin, david.id()));

        Consent given = enrollment.recordConsent(admin, david.id(), "  " + TestConsent.TEXT + " ");
        assertEquals(TestConsent.TEXT, given.text());
        assertEquals(admin.username(), given.recordedBy());
        assertTrue(given.inForce());
        assertEquals(Optional.of(given), enrollment.consent(admin, david.id()));
        AuditEntry recorded = newest();
        assertEquals("consent.record", recorded.action());
        assertTrue(recorded.subject().contains(david.name()) && recorded.after().equals(TestConsent.TEXT), recorded.toString());

        assertEquals(2, enrollment.enrollPhotos(admin, david.id(), photos).enrolled());
        assertEquals(3, stored(david), "two photos and their mean");
        assertTrue(LoadedGallery.knows(gallery, pipeline, david.id(), SharedFaces.photo("David_Beckham", 11)), "recognised once enrolled");

        assertEquals(3, enrollment.withdrawConsent(admin, david.id()));
        assertEquals(0, stored(david), "withdrawing erases the templates");
        assertFalse(LoadedGallery.knows(gallery, pipeline, david.id(), SharedFaces.photo("David_Beckham", 11)), "the gate forgets the face at once");
        assertEquals(Optional.empty(), enrollment.consent(admin, david.id()));
        AuditEntry withdrawn = newest();
        assertEquals("consent.withdraw", withdrawn.action());
        assertTrue(withdrawn.before().contains("templates=3") && withdrawn.after().contains("withdrawn"), withdrawn.toString());
        assertThrows(IllegalStateException.class, () -> enrollment.enrollPhotos(admin, david.id(), photos), "not again without a new consent");
        assertThrows(IllegalStateException.class, () -> enrollment.withdrawConsent(admin, david.id()), "nothing left to withdraw");
    }

    private int stored(Person person) {
        return (int) templates.forModel(pipeline.embedderModelId()).templates().stream().filter(t -> t.personId() == person.id()).count();
    }


    private AuditEntry newest() {
        return audit.find(TestOperators.admin(operators), AuditQuery.newest(1)).get(0);
    }
}
