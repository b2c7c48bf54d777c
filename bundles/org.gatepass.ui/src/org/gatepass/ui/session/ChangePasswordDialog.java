package org.gatepass.ui.session;

import java.util.Arrays;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.OperatorService;

/**
 * Changes the signed-in operator's own password. After a reset or for a new account the operator must
 * choose one before working; the temporary password was just typed, so it is not asked for again.
 */
public final class ChangePasswordDialog extends CredentialsDialog {
    private final OperatorService operators;
    private final Actor actor;
    private final char[] knownOldPassword;
    private Text oldPassword;
    private Text newPassword;
    private Text repeat;

    /** File &gt; Change password…: asks for the current password. */
    public ChangePasswordDialog(Shell parent, OperatorService operators, Actor actor) {
        this(parent, operators, actor, null);
    }

    /** Right after a log-in with a temporary password. */
    ChangePasswordDialog(Shell parent, OperatorService operators, Actor actor, char[] temporaryPassword) {
        super(parent, "Gatepass: change password", "password");
        this.operators = operators;
        this.actor = actor;
        this.knownOldPassword = temporaryPassword;
    }

    @Override
    String introduction() {
        return knownOldPassword == null ? "Change the password of " + actor.username() + "."
                : "The password of " + actor.username() + " was set by an administrator: choose your own before you continue.";
    }

    @Override
    void createFields(Composite area) {
        if (knownOldPassword == null) {
            oldPassword = field(area, "Current password", "old", true);
        }
        newPassword = field(area, "New password", "new", true);
        repeat = field(area, "New password again", "repeat", true);
    }

    @Override
    void submit() {
        char[] typed = chars(newPassword);
        if (!Arrays.equals(typed, chars(repeat))) {
            error("The two new passwords differ.");
            return;
        }
        char[] old = knownOldPassword == null ? chars(oldPassword) : knownOldPassword;
        check("Changing the password", () -> {
            operators.changeOwnPassword(actor, old, typed);
            return actor;
        }, changed -> accept());
    }
}
