package org.gatepass.access.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.gatepass.ui.internal.TestIds;

/** The labelled fields and button rows the access tabs' forms are made of. */
final class Forms {
    private Forms() {
    }

    static Text text(Composite form, String label, String testId) {
        new Label(form, SWT.NONE).setText(label);
        Text text = TestIds.name(new Text(form, SWT.BORDER), testId);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
        return text;
    }

    /** A row of buttons under a two-column form. */
    static Composite buttons(Composite form) {
        Composite buttons = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
        return buttons;
    }
}
