package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.gatepass.core.security.Operator;
import org.gatepass.core.security.OperatorService;
import org.gatepass.core.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** An administrator adds an operator in the Operators view, is told what is wrong first, then changes the role and disables them. */
@ExtendWith(ServiceExtension.class)
class OperatorsViewTest {
    @InjectService(timeout = 10_000)
    OperatorService operators;

    @Test
    void anOperatorIsAddedGivenAnotherRoleAndDisabled() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        WorkbenchTest.switchTo(workbench, WorkbenchTest.ADMINISTRATION);
        workbench.showPart("org.gatepass.part.operators");
        workbench.waitUntil("the Operators view lists the administrator", () -> row(workbench, RunningWorkbench.ADMIN) != null);

        String username = "night" + System.nanoTime() % 1_000_000;
        workbench.fill("operators.newUsername", username);
        workbench.fill("operators.newFullName", "");
        workbench.fill("operators.newPassword", "short");
        workbench.press("operators.add");
        workbench.waitUntil("the problems are shown in red", () -> workbench.find("operators.message", Label.class).getForeground()
                .equals(workbench.display.getSystemColor(SWT.COLOR_RED)));
        assertEquals("A full name is required.\nA password has at least 10 characters.", workbench.text("operators.message"));

        workbench.fill("operators.newFullName", "Night Guard");
        workbench.fill("operators.newPassword", "first-night-2026");
        workbench.press("operators.add");
        workbench.waitUntil("the operator is listed", () -> row(workbench, username) != null);
        assertEquals("Security", workbench.ui(() -> row(workbench, username).getText(2)));
        assertEquals("never", workbench.ui(() -> row(workbench, username).getText(5)));

        workbench.ui(() -> {
            Table table = workbench.find("operators.table", Table.class);
            table.setSelection(row(workbench, username));
            table.notifyListeners(SWT.Selection, new Event());
            workbench.find("operators.role", Combo.class).select(1); // Reception
        });
        workbench.press("operators.changeRole");
        workbench.waitUntil("the role is changed", () -> "Reception".equals(textOf(workbench, username, 2)));
        workbench.press("operators.enable");
        workbench.waitUntil("the operator is disabled", () -> "no".equals(textOf(workbench, username, 3)));

        workbench.screenshot(workbench.ui(() -> workbench.mainShell().orElseThrow()), Path.of("target", "operators.png"));
        Operator stored = operators.list(workbench.actor()).stream().filter(o -> o.username().equals(username)).findFirst().orElseThrow();
        assertEquals(Role.RECEPTION, stored.role());
        assertFalse(stored.enabled());
        assertTrue(stored.mustChangePassword(), "a new operator chooses their own password at the first log-in");
    }

    private static String textOf(RunningWorkbench workbench, String username, int column) {
        TableItem row = row(workbench, username);
        return row == null ? null : row.getText(column);
    }

    private static TableItem row(RunningWorkbench workbench, String username) {
        for (TableItem item : workbench.find("operators.table", Table.class).getItems()) {
            if (item.getText(0).equals(username)) {
                return item;
            }
        }
        return null;
    }
}
