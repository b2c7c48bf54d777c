package org.gatepass.ui.session;

import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.gatepass.core.security.OperatorService;

/**
 * Locks the console after the configured idle time without a key press or mouse input anywhere in the
 * application. The time is read from the operator service at every check, so a change applies at once.
 */
public final class IdleWatch {
    private static final int CHECK_MS = 5_000;
    private static final int[] INPUT = { SWT.KeyDown, SWT.MouseDown, SWT.MouseMove, SWT.MouseWheel };

    private final Display display;
    private final OperatorService operators;
    private final ConsoleLock lock;
    private long lastInputNanos = System.nanoTime();

    public IdleWatch(Display display, OperatorService operators, ConsoleLock lock) {
        this.display = display;
        this.operators = operators;
        this.lock = lock;
    }

    public void start() {
        Listener input = e -> lastInputNanos = System.nanoTime();
        for (int type : INPUT) {
            display.addFilter(type, input);
        }
        display.timerExec(CHECK_MS, this::check);
    }

    private void check() {
        if (display.isDisposed()) {
            return;
        }
        Duration limit = operators.idleLock();
        Duration idle = Duration.ofNanos(System.nanoTime() - lastInputNanos);
        display.timerExec(CHECK_MS, this::check); // before lock(): its dialog runs a nested event loop
        if (!limit.isZero() && idle.compareTo(limit) >= 0 && !lock.isLocked()) {
            lastInputNanos = System.nanoTime();
            lock.lock();
        }
    }
}
