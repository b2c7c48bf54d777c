package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.gatepass.core.security.OperatorService;
import org.gatepass.core.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.dictionary.Dictionaries;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * An idle console covers its window until the operator's password is typed again; a locked console can
 * also be handed to another operator. The idle time is set in minutes, so the idle test waits about one.
 */
@ExtendWith(ServiceExtension.class)
class ConsoleLockTest {
    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurations;
    @InjectService(timeout = 10_000)
    OperatorService operators;

    @Test
    void anIdleConsoleLocksAndTheOperatorsPasswordUnlocksIt() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        WorkbenchTest.switchTo(workbench, WorkbenchTest.CONTROL_ROOM);
        workbench.showPart("org.gatepass.part.attendancelog");
        workbench.waitUntil("the attendance log shows", () -> workbench.isShowing("log.table"));
        Configuration operators = configurations.getConfiguration(RunningWorkbench.OPERATORS_PID, "?");
        operators.update(Dictionaries.dictionaryOf("argon2MemoryKiB", 8192, "argon2Iterations", 1, "idleLockMinutes", 1));
        try {
            workbench.waitUntil("the idle console locks", Duration.ofSeconds(90), () -> workbench.isShowing("unlock.password"));
            assertTrue(workbench.ui(workbench::isCovered), "the window's content is hidden");
            assertTrue(workbench.ui(() -> !workbench.isShowing("log.table")));

            workbench.fill("unlock.password", "not-my-password");
            workbench.press("unlock.ok");
            workbench.waitUntil("the wrong password is refused", () -> workbench.find("unlock.message", Label.class).getForeground()
                    .equals(workbench.display.getSystemColor(SWT.COLOR_RED)));
            assertEquals("Wrong user name or password.", workbench.text("unlock.message"));
            assertTrue(workbench.ui(workbench::isCovered), "still locked");

            workbench.fill("unlock.password", RunningWorkbench.ADMIN_PASSWORD);
            workbench.press("unlock.ok");
            workbench.waitUntil("the window shows again", () -> !workbench.isShowing("unlock.password") && !workbench.isCovered());
            assertTrue(workbench.ui(() -> workbench.isShowing("log.table")), "the same view is back");
            assertEquals(RunningWorkbench.ADMIN, workbench.actor().username());
        } finally {
            operators.update(Dictionaries.dictionaryOf("argon2MemoryKiB", 8192, "argon2Iterations", 1, "idleLockMinutes", 0));
        }
    }

    /** A deputy administrator, so that locking them out leaves the test administrator able to log in. */
    @Test
    void wrongPasswordsAtTheLockEndTheSessionWithALockOut() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        String deputy = "deputy" + System.nanoTime() % 1_000_000;
        operators.add(workbench.actor(), deputy, "Deputy Administrator", Role.ADMIN, "deputy-first-2026".toCharArray());
        workbench.runCommandLater("org.gatepass.command.switchoperator");
        workbench.logIn(deputy, "deputy-first-2026");
        workbench.waitUntil("the deputy chooses a password", () -> workbench.isShowing("password.new"));
        workbench.fill("password.new", "deputy-own-2026");
        workbench.fill("password.repeat", "deputy-own-2026");
        workbench.press("password.ok");
        workbench.waitUntil("the window shows again", () -> !workbench.isCovered() && !workbench.isShowing("password.new"));

        workbench.runCommandLater("org.gatepass.command.lockconsole");
        for (int attempt = 1; attempt <= 5; attempt++) {
            workbench.waitUntil("the unlock dialog asks", () -> workbench.isShowing("unlock.password")
                    && workbench.find("unlock.ok", Button.class).isEnabled());
            workbench.fill("unlock.password", "guess-" + attempt);
            workbench.press("unlock.ok");
        }
        workbench.waitUntil("the lock-out ends the session: the log-in asks", () -> workbench.isShowing("login.username"));
        assertTrue(workbench.text("login.intro").startsWith("Too many failed log-ins: this account is locked until "),
                workbench.text("login.intro"));
        assertTrue(workbench.ui(workbench::isCovered));
        workbench.logIn(RunningWorkbench.ADMIN, RunningWorkbench.ADMIN_PASSWORD);
        workbench.waitUntil("the window shows again", () -> !workbench.isCovered() && !workbench.isShowing("login.username"));
    }

    @Test
    void aLockedConsoleCanBeHandedToAnotherOperator() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        String before = workbench.actor().session();
        workbench.runCommandLater("org.gatepass.command.lockconsole");
        workbench.waitUntil("the console locks", () -> workbench.isShowing("unlock.password"));
        assertTrue(workbench.ui(workbench::isCovered));

        workbench.press("unlock.cancel"); // Switch operator
        workbench.logIn(RunningWorkbench.ADMIN, RunningWorkbench.ADMIN_PASSWORD);
        workbench.waitUntil("the window shows again", () -> !workbench.isCovered() && !workbench.isShowing("login.username"));
        assertTrue(!before.equals(workbench.actor().session()), "a new session began");
    }
}
