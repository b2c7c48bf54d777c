package org.gatepass.ui.persons;

import java.util.Arrays;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonStatus;
import org.gatepass.ui.internal.TestIds;

/** The editable fields of one person; knows nothing of storage. */
final class PersonForm {
    private final Composite composite;
    private final Text externalId;
    private final Text name;
    private final Text email;
    private final Text mobile;
    private final Combo category;
    private final Combo status;
    private final Text guardianEmail;
    private Long personId;

    PersonForm(Composite parent) {
        composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(composite);
        externalId = text("ID", "persons.externalId");
        name = text("Name *", "persons.name");
        email = text("E-mail", "persons.email");
        mobile = text("Mobile", "persons.mobile");
        category = combo("Category *", "persons.category", Arrays.stream(PersonCategory.values()).map(PersonCategory::label).toArray(String[]::new));
        status = combo("Status *", "persons.status", Arrays.stream(PersonStatus.values()).map(PersonStatus::label).toArray(String[]::new));
        guardianEmail = text("Guardian / host e-mail", "persons.guardianEmail");
        guardianEmail.setToolTipText("Students: the parent or guardian; visitors: the host. Told of this person's movements by e-mail.");
        clear();
    }

    Composite control() {
        return composite;
    }

    /** Empties the form for a new person. */
    void clear() {
        show(Person.newPerson("", PersonCategory.EMPLOYEE));
    }

    void show(Person p) {
        personId = p.id();
        externalId.setText(nullToEmpty(p.externalId()));
        name.setText(nullToEmpty(p.name()));
        email.setText(nullToEmpty(p.email()));
        mobile.setText(nullToEmpty(p.mobile()));
        category.select(p.category().ordinal());
        status.select(p.status().ordinal());
        guardianEmail.setText(nullToEmpty(p.guardianEmail()));
    }

    /** The person as typed; validation is the service's job. */
    Person read() {
        return new Person(personId, externalId.getText(), name.getText(), email.getText(), mobile.getText(),
                PersonCategory.values()[category.getSelectionIndex()], PersonStatus.values()[status.getSelectionIndex()],
                guardianEmail.getText());
    }

    boolean isNew() {
        return personId == null;
    }

    /** The stored person being edited, null for a new one. */
    Long personId() {
        return personId;
    }

    /** Read-only for roles that may only look persons up. */
    void setEditable(boolean editable) {
        for (Text text : new Text[] { externalId, name, email, mobile, guardianEmail }) {
            text.setEditable(editable);
        }
        category.setEnabled(editable);
        status.setEnabled(editable);
    }

    void focusName() {
        name.setFocus();
    }

    private Text text(String label, String testId) {
        new Label(composite, SWT.NONE).setText(label);
        Text text = TestIds.name(new Text(composite, SWT.BORDER | SWT.SINGLE), testId);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private Combo combo(String label, String testId, String[] items) {
        new Label(composite, SWT.NONE).setText(label);
        Combo combo = TestIds.name(new Combo(composite, SWT.READ_ONLY), testId);
        combo.setItems(items);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        return combo;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
