package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonService;
import org.gatepass.gate.EnrollmentService;
import org.gatepass.ui.persons.PersonsParts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** Long work runs as a job shown in the window's status line with its progress, and Cancel stops it. */
@ExtendWith(ServiceExtension.class)
class LongWorkTest {
    @InjectService(timeout = 10_000)
    PersonService persons;
    @InjectService(timeout = 10_000)
    EnrollmentService enrollment;

    @Test
    void enrollingManyPhotosShowsProgressAndCancelStoresNothing() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        String name = "Colin Powell " + System.nanoTime();
        Person colin = persons.create(workbench.actor(), Person.newPerson(name, PersonCategory.EMPLOYEE));
        enrollment.recordConsent(workbench.actor(), colin.id(), org.gatepass.core.biometric.Consent.STANDARD_TEXT);
        List<Path> photos = Collections.nCopies(400, SharedFaces.photo("Colin_Powell", 40));
        WorkbenchTest.switchTo(workbench, WorkbenchTest.PERSONS);
        workbench.showPart("org.gatepass.part.persons");
        workbench.selectPerson(name);

        workbench.ui(() -> PersonsParts.enrolPhotos(workbench.workbench.getApplication(), photos));
        workbench.waitUntil("the status line shows the enrolment's progress", () -> workbench.find("jobs.name", Label.class).getText()
                .matches("Enrolling faces: \\d+ of 400 pictures") && workbench.find("jobs.progress", ProgressBar.class).getSelection() > 0);
        workbench.screenshot(workbench.ui(() -> workbench.mainShell().orElseThrow()), Path.of("target", "progress.png"));
        workbench.press("jobs.cancel");

        workbench.waitUntil("the enrolment reports it was cancelled", () -> workbench.text("persons.message")
                .equals("Enrolment of " + name + " cancelled: nothing was stored."));
        workbench.waitUntil("the status line is idle again", () -> workbench.find("jobs.name", Label.class).getText().isEmpty());
        assertEquals(0, enrollment.erase(workbench.actor(), colin.id()), "a cancelled enrolment stored no template");
    }
}
