package org.gatepass.app.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

public final class QuitHandler {
    @Execute
    void quit(IWorkbench workbench) {
        workbench.close();
    }
}
