package org.gatepass.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/** Runs an action once the operator pauses typing, so a search does not hit the database per keystroke. */
public final class TypingDelay {
    private static final int PAUSE_MS = 200;

    private TypingDelay() {
    }

    public static void onPause(Text text, Runnable action) {
        Runnable fire = () -> {
            if (!text.isDisposed()) {
                action.run();
            }
        };
        text.addListener(SWT.Modify, e -> {
            text.getDisplay().timerExec(-1, fire);
            text.getDisplay().timerExec(PAUSE_MS, fire);
        });
        text.addListener(SWT.DefaultSelection, e -> {
            text.getDisplay().timerExec(-1, fire);
            fire.run();
        });
    }
}
