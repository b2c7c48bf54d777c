package org.gatepass.ui.session;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** Hides what a window shows (while it is locked or between operators) and brings back what was shown. */
final class WindowCover {
    private final List<Control> hidden = new ArrayList<>();

    boolean isCovering() {
        return !hidden.isEmpty();
    }

    void cover(Shell window) {
        if (isCovering()) {
            return;
        }
        for (Control child : window.getChildren()) {
            if (child.getVisible()) {
                child.setVisible(false);
                hidden.add(child);
            }
        }
    }

    void uncover() {
        hidden.stream().filter(c -> !c.isDisposed()).forEach(c -> c.setVisible(true));
        hidden.clear();
    }
}
