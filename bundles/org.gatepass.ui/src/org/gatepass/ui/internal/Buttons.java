package org.gatepass.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** Push buttons as every view makes them: a label, a test id and what a press does. */
public final class Buttons {
    private Buttons() {
    }

    public static Button push(Composite parent, String text, String testId, Runnable action) {
        Button button = TestIds.name(new Button(parent, SWT.PUSH), testId);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }
}
