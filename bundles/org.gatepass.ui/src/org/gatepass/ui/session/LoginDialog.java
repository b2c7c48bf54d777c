package org.gatepass.ui.session;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.OperatorService;

/** Asks for a user name and password and signs the operator in; refusals stay in the dialog, in red. */
final class LoginDialog extends CredentialsDialog {
    private final OperatorService operators;
    private final String station;
    private final String reason;
    private Text username;
    private Text password;
    private Actor actor;
    private boolean mustChangePassword;
    private char[] typedPassword;

    /** @param reason why the dialog shows (e.g. the console was locked out); empty for a plain log-in */
    LoginDialog(Shell parent, OperatorService operators, String station, String reason) {
        super(parent, "Gatepass: log in", "login");
        this.operators = operators;
        this.station = station;
        this.reason = reason;
    }

    @Override
    String introduction() {
        return reason.isEmpty() ? "Log in to the Gatepass workstation " + station + "." : reason;
    }

    @Override
    void createFields(Composite area) {
        username = field(area, "User name", "username", false);
        password = field(area, "Password", "password", true);
    }

    @Override
    String okLabel() {
        return "Log in";
    }

    @Override
    String cancelLabel() {
        return "Quit";
    }

    @Override
    void submit() {
        String name = username.getText();
        char[] typed = chars(password);
        check("Checking the password", () -> {
            Actor signedIn = operators.login(name, typed, station);
            return new SignedIn(signedIn, operators.current(signedIn).mustChangePassword());
        }, signedIn -> {
            actor = signedIn.actor();
            mustChangePassword = signedIn.mustChangePassword();
            typedPassword = typed;
            accept();
        });
    }

    private record SignedIn(Actor actor, boolean mustChangePassword) {
    }

    @Override
    void error(String text) {
        super.error(text);
        password.setText("");
        password.setFocus();
    }

    Actor actor() {
        return actor;
    }

    /** The password was set by an administrator (a new account or a reset): the operator must choose their own. */
    boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** What the operator typed, for changing a temporary password without asking for it twice. */
    char[] password() {
        return typedPassword;
    }
}
