package org.gatepass.ui.internal;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/**
 * Runs database work as an Eclipse job and hands the outcome back to the UI thread, so the UI thread
 * only paints and reacts. Outcomes for a control disposed meanwhile are dropped.
 */
public final class Background {
    private Background() {
    }

    public static <T> void run(String name, Control owner, Supplier<T> work, Consumer<T> onSuccess, Consumer<RuntimeException> onFailure) {
        Job job = Job.create(name, monitor -> {
            try {
                T result = work.get();
                deliver(owner, () -> onSuccess.accept(result));
            } catch (RuntimeException e) {
                deliver(owner, () -> onFailure.accept(e));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /**
     * Long work the operator sees and may cancel: the job's name and progress show in the window's status line
     * ({@link JobsStatus}) with a Cancel button; {@code work} reports to the monitor and stops when it is cancelled.
     */
    public static <T> void runWithProgress(String name, Control owner, Function<IProgressMonitor, T> work, Consumer<T> onSuccess,
            Consumer<RuntimeException> onFailure) {
        Job job = Job.create(name, monitor -> {
            try {
                T result = work.apply(monitor);
                deliver(owner, () -> onSuccess.accept(result));
            } catch (RuntimeException e) {
                deliver(owner, () -> onFailure.accept(e));
            } finally {
                monitor.done();
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    private static void deliver(Control owner, Runnable onUi) {
        if (!owner.isDisposed()) {
            owner.getDisplay().asyncExec(() -> {
                if (!owner.isDisposed()) {
                    onUi.run();
                }
            });
        }
    }
}
