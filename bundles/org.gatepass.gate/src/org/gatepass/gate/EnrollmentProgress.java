package org.gatepass.gate;

/** Follows a long enrolment picture by picture, and may cancel it. */
@FunctionalInterface
public interface EnrollmentProgress {
    /** Follows nothing, cancels nothing. */
    EnrollmentProgress NONE = (done, total) -> true;

    /**
     * Called after each picture, on the enrolling thread. Answering false cancels: nothing of the person being
     * enrolled is stored (persons of a folder enrolled before stay enrolled).
     */
    boolean pictureDone(int done, int total);
}
