package org.gatepass.gate;

import java.util.List;

/** What enrolment did with each picture of one person ({@code personId} is -1 when no person matched). */
public record EnrollmentReport(long personId, String personName, List<PictureOutcome> pictures) {

    public EnrollmentReport {
        pictures = List.copyOf(pictures);
    }

    public long enrolled() {
        return pictures.stream().filter(p -> p.result() == PictureOutcome.Result.ENROLLED
                || p.result() == PictureOutcome.Result.ENROLLED_RESEMBLES_ANOTHER).count();
    }

    /** Whether the enrolment was cancelled: then nothing of it was stored. */
    public boolean cancelled() {
        return pictures.stream().anyMatch(p -> p.result() == PictureOutcome.Result.CANCELLED);
    }

    /** One picture: enrolled, enrolled but resembling someone else (a warning), skipped, or cancelled, and why. */
    public record PictureOutcome(String picture, Result result, String detail) {
        public enum Result {
            ENROLLED, ENROLLED_RESEMBLES_ANOTHER, SKIPPED, CANCELLED
        }
    }
}
