package org.gatepass.ui.session;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.security.InvalidOperatorException;
import org.gatepass.core.security.LoginRefusedException;
import org.gatepass.ui.internal.Background;
import org.gatepass.ui.internal.MessageLine;
import org.gatepass.ui.internal.TestIds;

/**
 * What the log-in, first-administrator, password and unlock dialogs share: labelled fields named for tests,
 * a red message line, and the password check run off the UI thread (Argon2 takes most of a second) with
 * the buttons disabled meanwhile.
 */
abstract class CredentialsDialog extends Dialog {
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private final String title;
    private final String prefix;
    private MessageLine message;
    private boolean working;

    CredentialsDialog(Shell parent, String title, String testIdPrefix) {
        super(parent);
        this.title = title;
        this.prefix = testIdPrefix;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
        TestIds.name(shell, prefix);
    }

    @Override
    protected final Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(area);
        String intro = introduction();
        if (!intro.isEmpty()) {
            Label text = TestIds.name(new Label(area, SWT.WRAP), prefix + ".intro");
            text.setText(intro);
            GridDataFactory.fillDefaults().span(2, 1).hint(380, SWT.DEFAULT).applyTo(text);
        }
        createFields(area);
        message = new MessageLine(area, prefix + ".message");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(380, SWT.DEFAULT).applyTo(message.control());
        return area;
    }

    /** Text above the fields; empty for none. */
    String introduction() {
        return "";
    }

    abstract void createFields(Composite area);

    /** The dialog's OK: checks the input with the service, off the UI thread. */
    abstract void submit();

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        TestIds.name(createButton(parent, IDialogConstants.OK_ID, okLabel(), true), prefix + ".ok");
        TestIds.name(createButton(parent, IDialogConstants.CANCEL_ID, cancelLabel(), false), prefix + ".cancel");
    }

    String okLabel() {
        return IDialogConstants.OK_LABEL;
    }

    String cancelLabel() {
        return IDialogConstants.CANCEL_LABEL;
    }

    @Override
    protected final void okPressed() {
        if (!working) {
            submit();
        }
    }

    Text field(Composite area, String label, String id, boolean secret) {
        new Label(area, SWT.NONE).setText(label);
        Text text = TestIds.name(new Text(area, SWT.BORDER | SWT.SINGLE | (secret ? SWT.PASSWORD : SWT.NONE)), prefix + "." + id);
        GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(text);
        return text;
    }

    void error(String text) {
        message.error(text);
        getShell().pack();
    }

    /** Runs the check off the UI thread; failures are shown in red, InvalidOperatorException one problem a line. */
    <T> void check(String what, Supplier<T> work, Consumer<T> onSuccess) {
        working = true;
        enableButtons(false);
        message.info(what + "…");
        Background.run(what, getShell(), work, result -> {
            working = false;
            enableButtons(true);
            onSuccess.accept(result);
        }, e -> {
            working = false;
            enableButtons(true);
            error(describe(e));
        });
    }

    /** A refusal as the operator reads it: every problem on its own line, a lock-out's end in local time. */
    static String describe(RuntimeException e) {
        if (e instanceof InvalidOperatorException invalid) {
            return String.join("\n", invalid.problems());
        }
        if (e instanceof LoginRefusedException refusal && refusal.reason() == LoginRefusedException.Reason.LOCKED
                && refusal.lockedUntil() != null) {
            return "Too many failed log-ins: this account is locked until " + LOCAL_TIME.format(refusal.lockedUntil())
                    + ". An administrator can lift the lock by resetting the password.";
        }
        return e.getMessage();
    }

    /** Closes with OK once the service accepted the input. */
    void accept() {
        super.okPressed();
    }

    private void enableButtons(boolean enabled) {
        getButton(IDialogConstants.OK_ID).setEnabled(enabled);
        getButton(IDialogConstants.CANCEL_ID).setEnabled(enabled);
    }

    static char[] chars(Text text) {
        return text.getText().toCharArray();
    }
}
