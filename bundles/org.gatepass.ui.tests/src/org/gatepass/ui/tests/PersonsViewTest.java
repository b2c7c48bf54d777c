package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonService;
import org.gatepass.core.person.PersonStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** An administrator creates and edits a person through the Persons view; the result is in the database. */
@ExtendWith(ServiceExtension.class)
class PersonsViewTest {
    private static RunningWorkbench workbench;

    @InjectService(timeout = 10_000)
    PersonService persons;

    @BeforeAll
    static void openAdministration() throws Exception {
        workbench = RunningWorkbench.get();
        WorkbenchTest.switchTo(workbench, WorkbenchTest.PERSONS);
        workbench.showPart("org.gatepass.part.persons");
        workbench.waitUntil("the Persons view shows", () -> workbench.isShowing("persons.table"));
    }

    /** Other tests share the workbench: start from an unfiltered list. */
    @BeforeEach
    void clearSearch() {
        fill("persons.search", "");
    }

    private void fill(String id, String value) {
        workbench.ui(() -> workbench.find(id, Text.class).setText(value));
    }

    private String message() {
        return workbench.ui(() -> workbench.find("persons.message", Label.class).getText());
    }

    private void press(String id) {
        workbench.ui(() -> RunningWorkbench.click(workbench.find(id, Button.class)));
    }

    @Test
    void invalidInputIsExplainedAndAValidPersonIsStored() {
        String name = "Hedy Lamarr " + System.nanoTime();
        press("persons.new");
        fill("persons.name", "");
        fill("persons.email", "hedy@lamarr");
        press("persons.save");
        workbench.waitUntil("the errors are shown", () -> !message().isEmpty());
        assertEquals("Name is required.\nE-mail 'hedy@lamarr' is not a valid address.", message());
        assertEquals(List.of(), persons.search(workbench.actor(), name, 10));

        fill("persons.name", name);
        fill("persons.email", "hedy@example.org");
        fill("persons.mobile", "+1 555 0199");
        workbench.ui(() -> workbench.find("persons.category", Combo.class).select(PersonCategory.CONTRACTOR.ordinal()));
        press("persons.save");
        workbench.waitUntil("the person is created", () -> message().equals("Created " + name + "."));

        Person stored = persons.search(workbench.actor(), name, 10).get(0);
        assertEquals("hedy@example.org", stored.email());
        assertEquals(PersonCategory.CONTRACTOR, stored.category());
        assertEquals(PersonStatus.ACTIVE, stored.status());
        workbench.waitUntil("the list shows the new person", () -> tableNames().contains(name));
    }

    @Test
    void searchFindsAPersonAndEditsAndDeactivationAreSaved() {
        String name = "Chien-Shiung Wu " + System.nanoTime();
        persons.create(workbench.actor(), Person.newPerson(name, PersonCategory.EMPLOYEE));
        fill("persons.search", name.toLowerCase());
        workbench.waitUntil("the search narrows the list to her", () -> tableNames().equals(List.of(name)));

        workbench.ui(() -> {
            Table table = workbench.find("persons.table", Table.class);
            table.select(0);
            table.notifyListeners(SWT.Selection, new Event());
        });
        workbench.waitUntil("the form shows her", () -> workbench.find("persons.name", Text.class).getText().equals(name));
        fill("persons.externalId", "P-" + name.hashCode());
        press("persons.save");
        workbench.waitUntil("the edit is saved", () -> message().equals("Saved " + name + "."));
        assertEquals("P-" + name.hashCode(), persons.search(workbench.actor(), name, 1).get(0).externalId());

        press("persons.deactivate");
        workbench.waitUntil("she is deactivated", () -> message().equals(name + " is now inactive and will not be admitted."));
        assertEquals(PersonStatus.INACTIVE, persons.search(workbench.actor(), name, 1).get(0).status());
        assertTrue(workbench.ui(() -> !workbench.find("persons.deactivate", Button.class).isEnabled()));
    }

    private List<String> tableNames() {
        Table table = workbench.find("persons.table", Table.class);
        return Arrays.stream(table.getItems()).map(item -> item.getText(1)).toList();
    }
}
