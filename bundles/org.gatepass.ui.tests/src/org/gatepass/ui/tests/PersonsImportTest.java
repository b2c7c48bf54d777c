package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Button;
import org.gatepass.ui.persons.PersonsParts;
import org.junit.jupiter.api.Test;

/** An administrator imports a CSV file: the dialog guesses the columns, shows every row's outcome, and imports the good rows only. */
class PersonsImportTest {

    @Test
    void aFileIsCheckedRowByRowAndOnlyTheGoodRowsAreImported() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        WorkbenchTest.switchTo(workbench, WorkbenchTest.PERSONS);
        workbench.showPart("org.gatepass.part.persons");
        workbench.waitUntil("the Persons view shows", () -> workbench.isShowing("persons.table"));
        Path file = Files.createTempDirectory("gatepass-import-").resolve("class-7b.csv");
        Files.writeString(file, "Roll number,Name,Category,Guardian e-mail\n7B-01,Imogen Import,Student,imogen.parent@home.example\n"
                + "7B-02,Iqbal Import,Student,not an address\n\n7B-03,Ines Import,Student,\n");

        workbench.ui(() -> PersonsParts.importFile(workbench.workbench.getApplication(), file));
        workbench.waitUntil("the rows are checked", () -> workbench.isShowing("persons.import.ok")
                && workbench.text("persons.import.summary").startsWith("2 to add, 0 to update, 0 unchanged, 1 refused"));
        assertTrue(workbench.ui(() -> workbench.find("persons.import.ok", Button.class).getText()).equals("Import 2"));
        Thread.sleep(300);
        workbench.screenshot(workbench.ui(() -> workbench.find("persons.import.ok", Button.class).getShell()), Path.of("target", "import.png"));
        workbench.press("persons.import.ok");
        workbench.waitUntil("the import is reported", () -> workbench.text("persons.message")
                .equals("Imported from class-7b.csv: 2 added, 0 updated, 0 unchanged, 1 refused."));
        workbench.selectPerson("Imogen Import");
    }

    @Test
    void aVisitorListIssuesTheirPasses() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        WorkbenchTest.switchTo(workbench, WorkbenchTest.PERSONS);
        workbench.showPart("org.gatepass.part.persons");
        workbench.waitUntil("the Persons view shows", () -> workbench.isShowing("persons.table"));
        java.time.LocalDate tomorrow = java.time.LocalDate.now().plusDays(1);
        String tag = Long.toString(System.nanoTime() % 100_000);
        Path file = Files.createTempDirectory("gatepass-import-").resolve("open-day.csv");
        Files.writeString(file, "Name,E-mail,Category,Valid from,Valid until,Purpose\n"
                + "Vito Visitor " + tag + ",vito" + tag + "@example.org,Visitor," + tomorrow + " 09:00," + tomorrow + " 12:00,Open day\n"
                + "Vala Visitor " + tag + ",,Visitor," + tomorrow + " 12:00," + tomorrow + " 09:00,Open day\n");

        workbench.ui(() -> PersonsParts.importFile(workbench.workbench.getApplication(), file));
        workbench.waitUntil("the rows are checked", () -> workbench.isShowing("persons.import.ok")
                && workbench.text("persons.import.summary").startsWith("1 to add, 0 to update, 0 unchanged, 1 refused"));
        String pass = workbench.ui(() -> workbench.find("persons.import.rows", org.eclipse.swt.widgets.Table.class).getItem(0).getText(3));
        assertTrue(pass.equals(tomorrow + " 09:00 – " + tomorrow + " 12:00"), "the pass the row issues: " + pass);
        workbench.press("persons.import.ok");
        workbench.waitUntil("the import is reported", () -> workbench.text("persons.message")
                .equals("Imported from open-day.csv: 1 added, 0 updated, 0 unchanged, 1 refused; 1 pass issued, 0 e-mailed."));
    }
}
