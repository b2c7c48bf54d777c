package org.gatepass.app.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.gatepass.ui.session.ConsoleLock;

/** File &gt; Lock Console: what the idle timer does, on request, for an operator who steps away. */
public final class LockConsoleHandler {
    @Execute
    void lock(ConsoleLock lock) {
        lock.lock();
    }
}
