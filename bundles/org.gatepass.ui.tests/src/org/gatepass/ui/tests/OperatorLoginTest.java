package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Operator;
import org.gatepass.core.security.OperatorService;
import org.gatepass.core.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Operators log in through the real dialog: a wrong password is refused, five lock the account, a new
 * operator chooses their own password first, and each role sees only what it may use. Every test ends
 * with the administrator signed in again, as the other tests expect.
 */
@ExtendWith(ServiceExtension.class)
class OperatorLoginTest {
    private static final String INITIAL_PASSWORD = "given-by-chief-1";
    private static final String OWN_PASSWORD = "my-own-secret-7";

    @InjectService(timeout = 10_000)
    OperatorService operators;

    private String addOperator(RunningWorkbench workbench, String prefix, Role role) {
        String username = prefix + System.nanoTime() % 1_000_000;
        operators.add(workbench.actor(), username, "Test " + role.label(), role, INITIAL_PASSWORD.toCharArray());
        return username;
    }

    @Test
    void aWrongPasswordIsRefusedAndFiveLockTheAccount() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        String guard = addOperator(workbench, "guard", Role.SECURITY);

        workbench.runCommandLater("org.gatepass.command.switchoperator");
        workbench.waitUntil("the window is covered", workbench::isCovered);
        for (int attempt = 1; attempt <= 4; attempt++) {
            tryLogIn(workbench, guard, "wrong-password-" + attempt);
            assertEquals("Wrong user name or password.", workbench.text("login.message"));
        }
        tryLogIn(workbench, guard, "wrong-password-5");
        assertTrue(workbench.text("login.message").startsWith("Too many failed log-ins: this account is locked until "),
                workbench.text("login.message"));
        workbench.screenshot(workbench.ui(() -> workbench.find("login", Shell.class)), Path.of("target", "login-locked.png"));
        tryLogIn(workbench, guard, INITIAL_PASSWORD);
        assertTrue(workbench.text("login.message").startsWith("Too many failed log-ins"), "the right password is refused while locked");
        Operator locked = operators.list(adminAfterwards(workbench)).stream().filter(o -> o.username().equals(guard)).findFirst().orElseThrow();
        assertTrue(locked.lockedAt(Instant.now()));
    }

    /** Types a password into the open log-in dialog and waits for its refusal in red. */
    private static void tryLogIn(RunningWorkbench workbench, String username, String password) {
        workbench.ui(() -> workbench.find("login.message", Label.class).setText(""));
        workbench.logIn(username, password);
        workbench.waitUntil("the log-in is refused", () -> {
            Label message = workbench.find("login.message", Label.class);
            return message.getForeground().equals(workbench.display.getSystemColor(SWT.COLOR_RED)) && !message.getText().isEmpty();
        });
        assertEquals("", workbench.ui(() -> workbench.find("login.password", Text.class).getText()), "a refused password is cleared");
    }

    /** Signs the administrator in at the open log-in dialog; returns their actor. */
    private static Actor adminAfterwards(RunningWorkbench workbench) {
        workbench.logIn(RunningWorkbench.ADMIN, RunningWorkbench.ADMIN_PASSWORD);
        workbench.waitUntil("the window shows again", () -> !workbench.isCovered() && !workbench.isShowing("login.username"));
        return workbench.actor();
    }

    @Test
    void aSecurityOperatorChoosesAPasswordAndSeesNoAdministration() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        String desk = addOperator(workbench, "desk", Role.SECURITY);

        signInWithInitialPassword(workbench, desk);
        assertEquals(Role.SECURITY, workbench.actor().role());
        assertEquals(List.of("Control Room"), renderedPerspectives(workbench));
        assertTrue(workbench.ui(() -> workbench.isShowing("log.table")));
        assertFalse(workbench.ui(() -> workbench.isShowing("persons.table")));

        workbench.switchOperator(desk, OWN_PASSWORD);
        assertEquals(desk, workbench.actor().username(), "the password chosen at the first log-in is the operator's now");
        workbench.switchOperator(RunningWorkbench.ADMIN, RunningWorkbench.ADMIN_PASSWORD);
        assertEquals(List.of("Control Room", "Persons", "Administration"), renderedPerspectives(workbench));
    }

    @Test
    void receptionSeesThePersonsViewReadOnly() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        String front = addOperator(workbench, "front", Role.RECEPTION);

        signInWithInitialPassword(workbench, front);
        assertEquals(List.of("Persons"), renderedPerspectives(workbench));
        workbench.waitUntil("the Persons view shows", () -> workbench.isShowing("persons.table"));
        assertFalse(workbench.ui(() -> workbench.isShowing("persons.new")), "no New person");
        assertFalse(workbench.ui(() -> workbench.isShowing("persons.save")), "no Save");
        assertFalse(workbench.ui(() -> workbench.isShowing("persons.enrol")), "no enrolment");
        assertFalse(workbench.ui(() -> workbench.isShowing("persons.erase")), "no erasure");
        assertFalse(workbench.ui(() -> workbench.find("persons.name", Text.class).getEditable()), "the form is read-only");

        workbench.switchOperator(RunningWorkbench.ADMIN, RunningWorkbench.ADMIN_PASSWORD);
        workbench.waitUntil("the administrator's Persons view offers Save again", () -> workbench.isShowing("persons.save"));
        assertTrue(workbench.ui(() -> workbench.find("persons.name", Text.class).getEditable()));
    }

    /** An administrator demoted at another station while signed in here: the service refuses, the view says so in red. */
    @Test
    void aRefusalByTheServiceIsShownInTheViewsRedLine() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        String deputy = addOperator(workbench, "admin2", Role.ADMIN);
        signInWithInitialPassword(workbench, deputy);
        WorkbenchTest.switchTo(workbench, WorkbenchTest.PERSONS);
        workbench.showPart("org.gatepass.part.persons");
        workbench.waitUntil("the Persons view shows", () -> workbench.isShowing("persons.save"));

        Actor chiefElsewhere = operators.login(RunningWorkbench.ADMIN, RunningWorkbench.ADMIN_PASSWORD.toCharArray(), "another-station");
        long deputyId = operators.list(chiefElsewhere).stream().filter(o -> o.username().equals(deputy)).findFirst().orElseThrow().id();
        operators.changeRole(chiefElsewhere, deputyId, Role.RECEPTION);
        operators.logout(chiefElsewhere);

        workbench.press("persons.new");
        workbench.fill("persons.name", "Refused Person");
        workbench.press("persons.save");
        workbench.waitUntil("the refusal is shown in red", () -> workbench.text("persons.message").startsWith("Access denied"));
        assertTrue(workbench.text("persons.message").contains(deputy) && workbench.text("persons.message").contains("Reception"),
                workbench.text("persons.message"));
        assertTrue(workbench.ui(() -> workbench.find("persons.message", Label.class).getForeground()
                .equals(workbench.display.getSystemColor(SWT.COLOR_RED))), "in red");
        workbench.switchOperator(RunningWorkbench.ADMIN, RunningWorkbench.ADMIN_PASSWORD);
    }

    /** Logs in with the password the administrator gave and chooses {@link #OWN_PASSWORD}, as a new operator must. */
    private static void signInWithInitialPassword(RunningWorkbench workbench, String username) {
        workbench.runCommandLater("org.gatepass.command.switchoperator");
        workbench.logIn(username, INITIAL_PASSWORD);
        workbench.waitUntil("the new operator is asked for their own password", () -> workbench.isShowing("password.new"));
        assertFalse(workbench.ui(() -> workbench.isShowing("password.old")), "the temporary password was just typed");
        assertTrue(workbench.ui(workbench::isCovered), "nothing shows before the password is changed");
        workbench.fill("password.new", OWN_PASSWORD);
        workbench.fill("password.repeat", OWN_PASSWORD);
        workbench.press("password.ok");
        workbench.waitUntil("the window shows again", () -> !workbench.isCovered() && !workbench.isShowing("password.new"));
        assertNotNull(workbench.actor());
        assertEquals(username, workbench.actor().username());
    }

    private static List<String> renderedPerspectives(RunningWorkbench workbench) {
        return workbench.ui(() -> {
            MApplication app = workbench.workbench.getApplication();
            return app.getContext().get(EModelService.class).findElements(app, null, MPerspective.class).stream()
                    .filter(MPerspective::isToBeRendered).map(MPerspective::getLabel).toList();
        });
    }
}
