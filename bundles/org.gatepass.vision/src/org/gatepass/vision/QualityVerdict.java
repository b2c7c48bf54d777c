package org.gatepass.vision;

import java.util.Objects;

/** Whether a face is good enough to identify and, if not, why: {@code reason} says it to a person. */
public record QualityVerdict(Issue issue, String reason) {

    public enum Issue {
        NONE, TOO_SMALL, BLURRED, TURNED_AWAY
    }

    public static final QualityVerdict ACCEPTED = new QualityVerdict(Issue.NONE, "");

    public QualityVerdict {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(reason, "reason");
    }

    public static QualityVerdict rejected(Issue issue, String reason) {
        if (issue == Issue.NONE) {
            throw new IllegalArgumentException("A rejection names its issue");
        }
        return new QualityVerdict(issue, reason);
    }

    public boolean accepted() {
        return issue == Issue.NONE;
    }
}
