package org.gatepass.ui.persons;

import org.eclipse.core.runtime.IProgressMonitor;
import org.gatepass.gate.EnrollmentProgress;

/** Shows an enrolment's pictures on a job's progress monitor; the monitor's Cancel cancels the enrolment. */
final class MonitoredEnrollment implements EnrollmentProgress {
    private final IProgressMonitor monitor;
    private int reported;

    MonitoredEnrollment(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public boolean pictureDone(int done, int total) {
        if (reported == 0) {
            monitor.beginTask("pictures", total);
        }
        monitor.subTask(done + " of " + total + " pictures");
        monitor.worked(done - reported);
        reported = done;
        return !monitor.isCanceled();
    }
}
