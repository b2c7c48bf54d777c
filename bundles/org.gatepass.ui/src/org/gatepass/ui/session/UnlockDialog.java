package org.gatepass.ui.session;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.LoginRefusedException;
import org.gatepass.core.security.OperatorService;

/**
 * Over a locked console: the same operator's password unlocks it (wrong ones count toward the lock-out);
 * Switch operator lets someone else log in. It cannot be closed any other way.
 */
final class UnlockDialog extends CredentialsDialog {
    private final OperatorService operators;
    private final Actor actor;
    private Text password;
    /** Why the session ended while locked (a lock-out); null while it lives. */
    private String sessionEnded;

    UnlockDialog(Shell parent, OperatorService operators, Actor actor) {
        super(parent, "Gatepass: console locked", "unlock");
        this.operators = operators;
        this.actor = actor;
    }

    @Override
    String introduction() {
        return "The console is locked. " + actor.username() + " (" + actor.role().label() + "): type your password to continue.";
    }

    @Override
    void createFields(Composite area) {
        password = field(area, "Password", "password", true);
    }

    @Override
    String okLabel() {
        return "Unlock";
    }

    @Override
    String cancelLabel() {
        return "Switch operator";
    }

    @Override
    void submit() {
        char[] typed = chars(password);
        check("Checking the password", () -> {
            try {
                operators.confirmPassword(actor, typed);
                return true;
            } catch (LoginRefusedException e) {
                if (e.reason() == LoginRefusedException.Reason.WRONG_CREDENTIALS) {
                    throw e;
                }
                sessionEnded = describe(e);
                return false;
            }
        }, unlocked -> {
            if (unlocked) {
                accept();
            } else {
                setReturnCode(CANCEL);
                close();
            }
        });
    }

    @Override
    void error(String text) {
        super.error(text);
        password.setText("");
        password.setFocus();
    }

    /** Escape and the window's close button do not unlock. */
    @Override
    protected void handleShellCloseEvent() {
        // stays open: only Unlock or Switch operator leave the lock
    }

    /** Why the session ended while the console was locked; null when the operator chose to switch. */
    String sessionEnded() {
        return sessionEnded;
    }
}
