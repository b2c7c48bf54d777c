package org.gatepass.gate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.OperatorService;
import org.gatepass.core.storage.PersonRepository;
import org.gatepass.gate.EnrollmentReport;
import org.gatepass.gate.EnrollmentReport.PictureOutcome.Result;
import org.gatepass.gate.EnrollmentService;
import org.gatepass.persistence.testing.TestOperators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** A folder of LFW photos, one sub-folder per person, enrolled with progress; a cancelled enrolment stores nothing of its person. */
@ExtendWith(ServiceExtension.class)
class FolderEnrollmentTest {
    @InjectService(timeout = 10_000)
    EnrollmentService enrollment;
    @InjectService(timeout = 10_000)
    PersonRepository persons;
    @InjectService(timeout = 10_000)
    OperatorService operators;

    @TempDir
    Path folder;

    @Test
    void aFolderIsEnrolledPersonByPersonWithProgressUpToTheLastPicture() throws Exception {
        Actor admin = TestOperators.admin(operators);
        Person colin = persons.insert(Person.newPerson("Colin Powell " + System.nanoTime(), PersonCategory.EMPLOYEE));
        Person tony = persons.insert(Person.newPerson("Tony Blair " + System.nanoTime(), PersonCategory.EMPLOYEE));
        copy("Colin_Powell", colin.name(), 40, 49, 71);
        copy("Tony_Blair", tony.name(), 18, 32);
        copy("Laura_Bush", "Nobody enrolled", 1);
        enrollment.recordConsent(admin, colin.id(), TestConsent.TEXT);
        enrollment.recordConsent(admin, tony.id(), TestConsent.TEXT);
        List<String> ticks = new CopyOnWriteArrayList<>();

        List<EnrollmentReport> reports = enrollment.enrollFolder(admin, folder, (done, total) -> ticks.add(done + "/" + total));

        assertEquals(List.of("1/6", "2/6", "3/6", "5/6", "6/6"), ticks, "pictures are counted across the folder; the unmatched person's are skipped at once");
        assertEquals(3, reports.size(), reports.toString());
        assertEquals(1, report(reports, colin.name()).enrolled(), "one of these three photos of Colin Powell is usable: " + reports);
        assertEquals(2, report(reports, tony.name()).enrolled(), reports.toString());
        assertEquals(-1, report(reports, "Nobody enrolled").personId());
        assertTrue(enrollment.erase(admin, colin.id()) >= 1, "Colin Powell's template was stored");
        enrollment.erase(admin, tony.id());
    }

    @Test
    void cancellingStoresNothingOfThePersonBeingEnrolledAndSkipsTheRest() throws Exception {
        Actor admin = TestOperators.admin(operators);
        Person colin = persons.insert(Person.newPerson("Colin Powell " + System.nanoTime(), PersonCategory.EMPLOYEE));
        Person tony = persons.insert(Person.newPerson("Tony Blair " + System.nanoTime(), PersonCategory.EMPLOYEE));
        boolean colinFirst = colin.name().compareTo(tony.name()) < 0;
        copy("Colin_Powell", colin.name(), 40, 49, 71);
        copy("Tony_Blair", tony.name(), 18, 32);
        enrollment.recordConsent(admin, colin.id(), TestConsent.TEXT);
        enrollment.recordConsent(admin, tony.id(), TestConsent.TEXT);

        List<EnrollmentReport> reports = enrollment.enrollFolder(admin, folder, (done, total) -> done < 2);

        Person first = colinFirst ? colin : tony;
        Person second = colinFirst ? tony : colin;
        assertTrue(report(reports, first.name()).pictures().stream()
                .allMatch(p -> p.result() == Result.CANCELLED && p.detail().startsWith("Cancelled: nothing")), reports.toString());
        assertTrue(report(reports, second.name()).pictures().stream()
                .allMatch(p -> p.result() == Result.CANCELLED && p.detail().equals("Cancelled before this person")), reports.toString());
        assertEquals(0, enrollment.erase(admin, colin.id()), "nothing of a cancelled enrolment is stored");
        assertEquals(0, enrollment.erase(admin, tony.id()));
    }

    private void copy(String lfwPerson, String folderName, int... numbers) throws Exception {
        Path target = Files.createDirectories(folder.resolve(folderName));
        for (int number : numbers) {
            Files.copy(SharedFaces.photo(lfwPerson, number), target.resolve(lfwPerson + "_" + number + ".jpg"));
        }
    }

    @Test
    void aPersonWhoHasNotAgreedIsSkippedWithTheReason() throws Exception {
        Actor admin = TestOperators.admin(operators);
        Person tony = persons.insert(Person.newPerson("Tony Blair " + System.nanoTime(), PersonCategory.EMPLOYEE));
        copy("Tony_Blair", tony.name(), 18, 32);

        List<EnrollmentReport> reports = enrollment.enrollFolder(admin, folder, (done, total) -> true);

        assertTrue(report(reports, tony.name()).pictures().stream().allMatch(p -> p.result() == Result.SKIPPED
                && p.detail().equals(tony.name() + " has not agreed to face enrolment: record their consent first")), reports.toString());
        assertEquals(0, enrollment.erase(admin, tony.id()), "nothing stored");
    }

    private static EnrollmentReport report(List<EnrollmentReport> reports, String name) {
        return reports.stream().filter(r -> r.personName().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + ": " + reports));
    }
}
