package org.gatepass.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** A line under a form that tells the operator what just happened: errors in red, confirmations plain. */
public final class MessageLine {
    private final Label label;

    public MessageLine(Composite parent, String testId) {
        label = TestIds.name(new Label(parent, SWT.WRAP), testId);
    }

    public Label control() {
        return label;
    }

    public void error(String text) {
        show(text, SWT.COLOR_RED);
    }

    public void info(String text) {
        show(text, SWT.COLOR_WIDGET_FOREGROUND);
    }

    public void clear() {
        show("", SWT.COLOR_WIDGET_FOREGROUND);
    }

    private void show(String text, int color) {
        if (text.equals(label.getText()) && label.getForeground().equals(label.getDisplay().getSystemColor(color))) {
            return; // callers may repeat themselves every second; a relayout each time would be wasted
        }
        label.setForeground(label.getDisplay().getSystemColor(color));
        label.setText(text);
        label.getParent().layout(true, true);
    }
}
