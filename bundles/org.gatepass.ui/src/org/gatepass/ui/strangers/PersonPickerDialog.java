package org.gatepass.ui.strangers;

import java.util.List;

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
import org.gatepass.core.person.Person;
import org.gatepass.core.security.Actor;
import org.gatepass.gate.StrangerService;
import org.gatepass.ui.internal.Background;
import org.gatepass.ui.internal.TestIds;
import org.gatepass.ui.internal.TypingDelay;

/** "This was…": finds the person a stranger was, by name or ID as the operator types. */
final class PersonPickerDialog extends Dialog {
    private final StrangerService strangers;
    private final Actor actor;
    private Text search;
    private org.eclipse.swt.widgets.List results;
    private List<Person> found = List.of();
    private Person chosen;

    PersonPickerDialog(Shell parent, StrangerService strangers, Actor actor) {
        super(parent);
        this.strangers = strangers;
        this.actor = actor;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("This was…");
        TestIds.name(shell, "strangers.picker");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(area);
        new Label(area, SWT.NONE).setText("Name or ID of the person the stranger was:");
        search = TestIds.name(new Text(area, SWT.BORDER | SWT.SEARCH), "strangers.picker.search");
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(search);
        results = TestIds.name(new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL), "strangers.picker.results");
        GridDataFactory.fillDefaults().grab(true, true).hint(360, 200).applyTo(results);
        results.addListener(SWT.Selection, e -> {
            int index = results.getSelectionIndex();
            chosen = index < 0 ? null : found.get(index);
            getButton(IDialogConstants.OK_ID).setEnabled(chosen != null);
        });
        TypingDelay.onPause(search, this::find);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }

    private void find() {
        String text = search.getText();
        Background.run("Finding persons", results, () -> strangers.findPersons(actor, text, 50), people -> {
            found = people;
            results.setItems(people.stream().map(p -> p.name() + (p.externalId() == null ? "" : " (" + p.externalId() + ")")).toArray(String[]::new));
            chosen = null;
            getButton(IDialogConstants.OK_ID).setEnabled(false);
        }, failure -> results.setItems("Cannot search: " + failure.getMessage()));
    }

    Person chosen() {
        return chosen;
    }
}
