package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Operator;
import org.gatepass.core.security.OperatorService;
import org.gatepass.core.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * A fresh installation asks for its first administrator before showing anything, refuses a weak password,
 * and signs the new administrator in. {@link RunningWorkbench} drives that dialog at the start of the run.
 */
@ExtendWith(ServiceExtension.class)
class FirstStartTest {
    @InjectService(timeout = 10_000)
    OperatorService operators;

    @Test
    void theFirstAdministratorIsCreatedThroughTheDialogAndAWeakPasswordIsRefused() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        assertEquals("A password has at least 10 characters.", workbench.weakPasswordRefusal);
        assertFalse(operators.needsFirstAdministrator());

        Actor actor = workbench.actor();
        List<Operator> admins = operators.list(actor).stream().filter(o -> o.username().equals(RunningWorkbench.ADMIN)).toList();
        assertEquals(1, admins.size());
        assertEquals(Role.ADMIN, admins.get(0).role());
        assertEquals("Chief Administrator", admins.get(0).displayName());
        assertEquals(Role.ADMIN, actor.role());
    }
}
