package org.gatepass.app.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.gatepass.ui.session.ConsoleLock;

/** File &gt; Log Out / Switch Operator: the session ends, the log-in asks who works next; the gate keeps running. */
public final class SwitchOperatorHandler {
    @Execute
    void switchOperator(ConsoleLock lock) {
        lock.switchOperator();
    }
}
