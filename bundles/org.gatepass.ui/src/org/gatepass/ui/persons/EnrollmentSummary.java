package org.gatepass.ui.persons;

import java.nio.file.Path;
import java.util.stream.Collectors;

import org.gatepass.gate.EnrollmentReport;
import org.gatepass.gate.EnrollmentReport.PictureOutcome;
import org.gatepass.gate.EnrollmentReport.PictureOutcome.Result;

/** An enrolment report in a few lines an administrator reads at a glance. */
final class EnrollmentSummary {
    private EnrollmentSummary() {
    }

    static String of(EnrollmentReport report) {
        String head = "Enrolled " + report.enrolled() + " of " + report.pictures().size() + " photos of " + report.personName() + ".";
        String details = report.pictures().stream().filter(p -> p.result() != Result.ENROLLED).map(EnrollmentSummary::line)
                .collect(Collectors.joining("\n"));
        return details.isEmpty() ? head : head + "\n" + details;
    }

    private static String line(PictureOutcome picture) {
        return Path.of(picture.picture()).getFileName() + ": " + picture.detail();
    }
}
