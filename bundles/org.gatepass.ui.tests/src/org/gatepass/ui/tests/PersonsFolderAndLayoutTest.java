package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonService;
import org.gatepass.gate.EnrollmentService;
import org.gatepass.ui.persons.PersonsParts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** The Persons view at 1280 × 800 keeps every button on screen, and enrols a folder of persons as a job. */
@ExtendWith(ServiceExtension.class)
class PersonsFolderAndLayoutTest {
    private static final String[] BUTTONS = { "persons.new", "persons.enrolfolder", "persons.save", "persons.deactivate", "persons.consent", "persons.enrol",
            "persons.enrolcamera", "persons.erase", "persons.exportData", "persons.erasePerson" };

    @InjectService(timeout = 10_000)
    PersonService persons;
    @InjectService(timeout = 10_000)
    EnrollmentService enrollment;

    @TempDir
    Path folder;

    @Test
    void everyButtonIsInsideTheWindowAt1280x800() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        WorkbenchTest.switchTo(workbench, WorkbenchTest.PERSONS);
        workbench.showPart("org.gatepass.part.persons");
        workbench.waitUntil("the Persons view shows", () -> workbench.isShowing("persons.table"));
        workbench.ui(() -> {
            Shell shell = workbench.mainShell().orElseThrow();
            shell.setMaximized(false);
            shell.setSize(1280, 800);
            shell.layout(true, true);
        });
        Thread.sleep(300); // let the window manager apply the size
        try {
            workbench.ui(() -> {
            Shell shell = workbench.mainShell().orElseThrow();
            Rectangle window = shell.getClientArea();
            for (String id : BUTTONS) {
                Button button = workbench.find(id, Button.class);
                Rectangle bounds = shell.getDisplay().map(button.getParent(), shell, button.getBounds());
                assertTrue(window.contains(bounds.x, bounds.y) && window.contains(bounds.x + bounds.width - 1, bounds.y + bounds.height - 1),
                        id + " at " + bounds + " lies outside the window's client area " + window);
            }
            });
            workbench.screenshot(workbench.ui(() -> workbench.mainShell().orElseThrow()), Path.of("target", "persons.png"));
        } finally {
            workbench.ui(() -> workbench.mainShell().orElseThrow().setMaximized(true));
        }
    }

    @Test
    void aFolderOfPersonsIsEnrolledAndReportedPerPerson() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        // faces no other UI test enrols or walks past as a stranger
        String hugo = "Hugo Chavez " + System.nanoTime();
        String gray = "Gray Davis " + System.nanoTime();
        Person first = persons.create(workbench.actor(), Person.newPerson(hugo, PersonCategory.EMPLOYEE));
        Person second = persons.create(workbench.actor(), Person.newPerson(gray, PersonCategory.EMPLOYEE));
        enrollment.recordConsent(workbench.actor(), first.id(), org.gatepass.core.biometric.Consent.STANDARD_TEXT);
        enrollment.recordConsent(workbench.actor(), second.id(), org.gatepass.core.biometric.Consent.STANDARD_TEXT);
        copy("Hugo_Chavez", hugo, 2, 27);
        copy("Gray_Davis", gray, 7);
        copy("Colin_Powell", "Nobody of that name", 40);
        WorkbenchTest.switchTo(workbench, WorkbenchTest.PERSONS);
        workbench.showPart("org.gatepass.part.persons");
        workbench.waitUntil("the Persons view shows", () -> workbench.isShowing("persons.table"));

        workbench.ui(() -> PersonsParts.enrolFolder(workbench.workbench.getApplication(), folder));

        workbench.waitUntil("the folder's enrolment is reported", () -> workbench.text("persons.message").startsWith("Enrolled "));
        String report = workbench.text("persons.message");
        assertTrue(report.startsWith("Enrolled 2 of 3 persons.\n"), report);
        assertTrue(report.contains("Nobody of that name: No person has the ID or name 'Nobody of that name'"), report);
        enrollment.erase(workbench.actor(), first.id());
        enrollment.erase(workbench.actor(), second.id());
    }

    private void copy(String lfwPerson, String folderName, int... numbers) throws Exception {
        Path target = Files.createDirectories(folder.resolve(folderName));
        for (int number : numbers) {
            Files.copy(SharedFaces.photo(lfwPerson, number), target.resolve(lfwPerson + "_" + number + ".jpg"));
        }
    }
}
