package org.gatepass.ui.internal;

import org.eclipse.swt.widgets.Widget;

/** Names widgets under a data key so UI tests (and accessibility tools) can find them without guessing. */
public final class TestIds {
    public static final String KEY = "org.gatepass.ui.id";

    private TestIds() {
    }

    public static <W extends Widget> W name(W widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }
}
