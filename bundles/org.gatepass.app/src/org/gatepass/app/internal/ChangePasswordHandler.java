package org.gatepass.app.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.gatepass.core.security.OperatorService;
import org.gatepass.ui.internal.OperatorSession;
import org.gatepass.ui.session.ChangePasswordDialog;

import jakarta.inject.Named;

/** File &gt; Change Password…: the signed-in operator's own password. */
public final class ChangePasswordHandler {
    @Execute
    void change(@Named("activeShell") Shell shell, OperatorService operators, OperatorSession session) {
        if (new ChangePasswordDialog(shell, operators, session.actor()).open() == Window.OK) {
            MessageDialog.openInformation(shell, "Gatepass", "Your password is changed.");
        }
    }
}
