package org.gatepass.ui.session;

import java.util.Optional;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.OperatorService;

/**
 * Who may use the console: the first administrator on a fresh installation, else an operator who logs in;
 * an operator with a temporary password chooses their own before going on.
 */
public final class SignIn {
    private SignIn() {
    }

    /**
     * @param reason shown above the log-in fields, e.g. why the previous session ended; empty for none
     * @return the signed-in operator, or empty when the operator quit
     */
    public static Optional<Actor> ask(Shell parent, OperatorService operators, String station, String reason) {
        if (operators.needsFirstAdministrator()) {
            FirstAdministratorDialog first = new FirstAdministratorDialog(parent, operators, station);
            return first.open() == Window.OK ? Optional.of(first.actor()) : Optional.empty();
        }
        while (true) {
            LoginDialog login = new LoginDialog(parent, operators, station, reason);
            if (login.open() != Window.OK) {
                return Optional.empty();
            }
            Actor actor = login.actor();
            if (!login.mustChangePassword()
                    || new ChangePasswordDialog(parent, operators, actor, login.password()).open() == Window.OK) {
                return Optional.of(actor);
            }
            operators.logout(actor); // no work with a temporary password: back to the log-in
        }
    }
}
