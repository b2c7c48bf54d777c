package org.gatepass.ui.persons;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.biometric.Consent;
import org.gatepass.ui.internal.TestIds;

/**
 * A person's consent to face enrolment: whether one is in force, the text they agree to (the standard one, or worded
 * otherwise), and the operator's confirmation that they agreed; Record or Withdraw, which erases their face data.
 */
final class ConsentDialog extends Dialog {
    private static final int RECORD_ID = IDialogConstants.CLIENT_ID + 1;
    private static final int WITHDRAW_ID = IDialogConstants.CLIENT_ID + 2;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What the operator chose: record {@code text}, or withdraw the consent in force. */
    sealed interface Choice permits Record, Withdraw {
    }

    record Record(String text) implements Choice {
    }

    record Withdraw() implements Choice {
    }

    private final String personName;
    private final Optional<Consent> current;
    private Text text;
    private Button agreed;
    private Choice choice;

    ConsentDialog(Shell parent, String personName, Optional<Consent> current) {
        super(parent);
        this.personName = personName;
        this.current = current;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Consent to face enrolment: " + personName);
        TestIds.name(shell, "consent");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(area);
        Label status = TestIds.name(new Label(area, SWT.WRAP), "consent.status");
        status.setText(current.map(c -> personName + " agreed on " + WHEN.format(c.recordedAt().atZone(ZoneId.systemDefault())) + " (recorded by "
                + c.recordedBy() + ") to:").orElse("No consent is recorded: no face of " + personName + " can be enrolled. The text to agree to:"));
        GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(status);
        text = TestIds.name(new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), "consent.text");
        text.setText(current.map(Consent::text).orElse(Consent.STANDARD_TEXT));
        text.setTextLimit(Consent.MAX_TEXT);
        GridDataFactory.fillDefaults().grab(true, true).hint(460, 90).applyTo(text);
        agreed = TestIds.name(new Button(area, SWT.CHECK | SWT.WRAP), "consent.agree");
        agreed.setText(personName + " read this text (or had it read to them) and agrees");
        text.addListener(SWT.Modify, e -> check());
        agreed.addListener(SWT.Selection, e -> check());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        TestIds.name(createButton(parent, RECORD_ID, current.isPresent() ? "Record again" : "Record consent", true), "consent.record");
        TestIds.name(createButton(parent, WITHDRAW_ID, "Withdraw consent…", false), "consent.withdraw").setEnabled(current.isPresent());
        TestIds.name(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false), "consent.close");
        check();
    }

    private void check() {
        Button record = getButton(RECORD_ID);
        if (record != null) {
            record.setEnabled(agreed.getSelection() && !text.getText().isBlank());
        }
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == RECORD_ID) {
            choice = new Record(text.getText());
            setReturnCode(OK);
            close();
        } else if (buttonId == WITHDRAW_ID && MessageDialog.openConfirm(getShell(), "Withdraw consent",
                "Withdraw the consent of " + personName + "? Their face data is erased at once and the gate no longer recognises them;"
                        + " they can still pass with a QR pass.")) {
            choice = new Withdraw();
            setReturnCode(OK);
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** The operator's choice once the dialog returned OK. */
    Choice choice() {
        return choice;
    }
}
