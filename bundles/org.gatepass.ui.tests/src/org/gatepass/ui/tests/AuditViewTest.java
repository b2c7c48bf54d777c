package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonService;
import org.gatepass.core.person.PersonStatus;
import org.gatepass.ui.audit.AuditParts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** What an administrator changes is in the Audit view with its before and after, the chain checks out, and it exports. */
@ExtendWith(ServiceExtension.class)
class AuditViewTest {
    @InjectService(timeout = 10_000)
    PersonService persons;

    @Test
    void anAdministratorsPersonChangesAreListedCheckedAndExported() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        String name = "Rosalind Franklin " + System.nanoTime();
        Person created = persons.create(workbench.actor(), new Person(null, null, name, null, "+44 20 7946 0001", PersonCategory.EMPLOYEE,
                PersonStatus.ACTIVE, null));
        persons.update(workbench.actor(), new Person(created.id(), null, name, null, "+44 20 7946 0002", PersonCategory.EMPLOYEE,
                created.status(), null));

        WorkbenchTest.switchTo(workbench, WorkbenchTest.ADMINISTRATION);
        workbench.showPart("org.gatepass.part.audit");
        workbench.waitUntil("the Audit view shows", () -> workbench.isShowing("audit.table"));
        workbench.fill("audit.operator", RunningWorkbench.ADMIN);
        chooseAction(workbench, "person.create");
        workbench.waitUntil("the creation is listed", () -> row(workbench, name) != null);
        String[] creation = workbench.ui(() -> cells(row(workbench, name)));
        assertEquals(RunningWorkbench.ADMIN, creation[1]);
        assertEquals("Admin", creation[2]);
        assertEquals("person.create", creation[3]);
        assertTrue(creation[6].contains(name) && creation[6].contains("+44 20 7946 0001"), "after: " + creation[6]);

        chooseAction(workbench, "person.update");
        workbench.waitUntil("the edit is listed", () -> row(workbench, name) != null && cells(row(workbench, name))[3].equals("person.update"));
        String[] edit = workbench.ui(() -> cells(row(workbench, name)));
        assertTrue(edit[5].contains("+44 20 7946 0001"), "before: " + edit[5]);
        assertTrue(edit[6].contains("+44 20 7946 0002"), "after: " + edit[6]);

        workbench.ui(() -> {
            Table table = workbench.find("audit.table", Table.class);
            table.setSelection(row(workbench, name));
            table.notifyListeners(SWT.Selection, new Event());
        });
        String details = workbench.ui(() -> workbench.find("audit.details", Text.class).getText());
        assertTrue(details.contains("Before:\n") && details.contains("mobile=+44 20 7946 0001") && details.contains("mobile=+44 20 7946 0002"),
                details);
        workbench.screenshot(workbench.ui(() -> workbench.mainShell().orElseThrow()), Path.of("target", "audit.png"));
        workbench.press("audit.verify");
        workbench.waitUntil("the chain is checked", () -> workbench.text("audit.message").startsWith("The audit chain is intact"));

        Path csv = Files.createTempFile("gatepass-audit", ".csv");
        workbench.ui(() -> AuditParts.export(workbench.workbench.getApplication(), csv));
        workbench.waitUntil("the export is reported", () -> workbench.text("audit.message").startsWith("Exported to"));
        String exported = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(exported.startsWith("seq,time (UTC),operator,role,action,subject,before,after,station,hash"), exported);
        assertTrue(exported.contains(name) && exported.contains(",person.update,"), exported);
        assertTrue(!exported.contains(",person.create,"), "only the filtered action is exported");
    }

    private static void chooseAction(RunningWorkbench workbench, String code) {
        workbench.ui(() -> {
            Combo action = workbench.find("audit.action", Combo.class);
            action.select(action.indexOf(code));
            RunningWorkbench.click(workbench.find("audit.search", Button.class));
        });
    }

    /** The newest row whose subject or after names the person (UI thread). */
    private static TableItem row(RunningWorkbench workbench, String name) {
        for (TableItem item : workbench.find("audit.table", Table.class).getItems()) {
            if (item.getText(4).contains(name) || item.getText(6).contains(name)) {
                return item;
            }
        }
        return null;
    }

    private static String[] cells(TableItem item) {
        String[] cells = new String[8];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = item.getText(i);
        }
        return cells;
    }
}
