package org.gatepass.ui.strangers;

import java.util.Arrays;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.biometric.Consent;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonStatus;
import org.gatepass.ui.internal.TestIds;

/** "Enrol as new person…": who the stranger is, and the consent they gave before their face is enrolled (recorded with it). */
final class NewPersonDialog extends Dialog {
    private Text name;
    private Text externalId;
    private Combo category;
    private Button consent;
    private Person person;

    NewPersonDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Enrol as new person");
        TestIds.name(shell, "strangers.newperson");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).applyTo(area);
        new Label(area, SWT.NONE).setText("Name *");
        name = TestIds.name(new Text(area, SWT.BORDER), "strangers.newperson.name");
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(name);
        new Label(area, SWT.NONE).setText("ID");
        externalId = TestIds.name(new Text(area, SWT.BORDER), "strangers.newperson.id");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(externalId);
        new Label(area, SWT.NONE).setText("Category *");
        category = TestIds.name(new Combo(area, SWT.READ_ONLY), "strangers.newperson.category");
        category.setItems(Arrays.stream(PersonCategory.values()).map(PersonCategory::label).toArray(String[]::new));
        category.select(PersonCategory.VISITOR.ordinal());
        consent = TestIds.name(new Button(area, SWT.CHECK | SWT.WRAP), "strangers.newperson.consent");
        consent.setText("The person agreed: \u201c" + Consent.STANDARD_TEXT + "\u201d");
        GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(consent);
        name.addListener(SWT.Modify, e -> check());
        consent.addListener(SWT.Selection, e -> check());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        check();
    }

    private void check() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(!name.getText().isBlank() && consent.getSelection());
        }
    }

    @Override
    protected void okPressed() {
        String id = externalId.getText().strip();
        person = new Person(null, id.isEmpty() ? null : id, name.getText().strip(), null, null, PersonCategory.values()[category.getSelectionIndex()],
                PersonStatus.ACTIVE, null);
        super.okPressed();
    }

    Person person() {
        return person;
    }

    String consent() {
        return Consent.STANDARD_TEXT;
    }
}
