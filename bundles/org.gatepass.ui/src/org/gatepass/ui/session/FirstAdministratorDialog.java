package org.gatepass.ui.session;

import java.util.Arrays;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.OperatorService;

/**
 * A fresh installation has no operator and no default password: the first person to start it creates the
 * administrator account, and is signed in with it.
 */
final class FirstAdministratorDialog extends CredentialsDialog {
    private final OperatorService operators;
    private final String station;
    private Text username;
    private Text fullName;
    private Text password;
    private Text repeat;
    private Actor actor;

    FirstAdministratorDialog(Shell parent, OperatorService operators, String station) {
        super(parent, "Gatepass: create the first administrator", "firstadmin");
        this.operators = operators;
        this.station = station;
    }

    @Override
    String introduction() {
        return "No operator exists yet. Create the administrator account: it can then add the other operators.";
    }

    @Override
    void createFields(Composite area) {
        username = field(area, "User name", "username", false);
        fullName = field(area, "Full name", "fullname", false);
        password = field(area, "Password", "password", true);
        repeat = field(area, "Password again", "repeat", true);
    }

    @Override
    String okLabel() {
        return "Create";
    }

    @Override
    String cancelLabel() {
        return "Quit";
    }

    @Override
    void submit() {
        char[] typed = chars(password);
        if (!Arrays.equals(typed, chars(repeat))) {
            error("The two passwords differ.");
            return;
        }
        String name = username.getText();
        String full = fullName.getText();
        check("Creating the administrator", () -> operators.createFirstAdministrator(name, full, typed, station), created -> {
            actor = created;
            accept();
        });
    }

    Actor actor() {
        return actor;
    }
}
