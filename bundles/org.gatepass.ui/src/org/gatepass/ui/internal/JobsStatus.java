package org.gatepass.ui.internal;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The window's status line for long work ({@link Background#runWithProgress}): the newest running job's name and
 * progress, and a Cancel button. Jobs report through the monitor this control provides to the job manager.
 */
public final class JobsStatus {
    private final Deque<Running> running = new ArrayDeque<>();
    private Label name;
    private ProgressBar bar;
    private Button cancel;
    private UISynchronize ui;

    @PostConstruct
    void create(Composite parent, UISynchronize sync) {
        ui = sync;
        Composite line = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 2).applyTo(line);
        name = TestIds.name(new Label(line, SWT.NONE), "jobs.name");
        GridDataFactory.fillDefaults().hint(320, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER).applyTo(name);
        bar = TestIds.name(new ProgressBar(line, SWT.HORIZONTAL | SWT.SMOOTH), "jobs.progress");
        GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER).applyTo(bar);
        cancel = TestIds.name(new Button(line, SWT.PUSH), "jobs.cancel");
        cancel.setText("Cancel");
        cancel.addListener(SWT.Selection, e -> {
            Running newest = running.peekLast();
            if (newest != null) {
                newest.job.cancel();
                name.setText(newest.job.getName() + ": cancelling…");
            }
        });
        Job.getJobManager().setProgressProvider(new ProgressProvider() {
            @Override
            public IProgressMonitor createMonitor(Job job) {
                return job.isSystem() ? new NullProgressMonitor() : new Running(job);
            }
        });
        show();
    }

    @PreDestroy
    void dispose() {
        Job.getJobManager().setProgressProvider(null);
    }

    /** UI thread: shows the newest running job, or nothing. */
    private void show() {
        if (name.isDisposed()) {
            return;
        }
        Running newest = running.peekLast();
        boolean busy = newest != null;
        name.setText(busy ? newest.text() : "");
        bar.setVisible(busy);
        cancel.setVisible(busy);
        if (busy) {
            bar.setMaximum(Math.max(1, newest.total));
            bar.setSelection(newest.worked);
        }
    }

    /** The monitor of one job: counts on the job's thread, shows on the UI thread. */
    private final class Running extends NullProgressMonitor {
        private final Job job;
        private volatile String task;
        private volatile int total;
        private volatile int worked;

        Running(Job job) {
            this.job = job;
        }

        String text() {
            return task == null || task.isEmpty() ? job.getName() : job.getName() + ": " + task;
        }

        @Override
        public void beginTask(String taskName, int totalWork) {
            task = taskName;
            total = totalWork;
            ui.asyncExec(() -> {
                running.addLast(this);
                show();
            });
        }

        @Override
        public void subTask(String taskName) {
            task = taskName;
            ui.asyncExec(JobsStatus.this::show);
        }

        @Override
        public void worked(int work) {
            worked += work;
            ui.asyncExec(JobsStatus.this::show);
        }

        @Override
        public void done() {
            ui.asyncExec(() -> {
                running.remove(this);
                show();
            });
        }
    }
}
