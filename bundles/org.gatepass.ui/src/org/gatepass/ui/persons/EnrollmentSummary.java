package org.gatepass.ui.persons;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.gatepass.gate.EnrollmentReport;
import org.gatepass.gate.EnrollmentReport.PictureOutcome;
import org.gatepass.gate.EnrollmentReport.PictureOutcome.Result;

/** An enrolment report in a few lines an administrator reads at a glance. */
final class EnrollmentSummary {
    private EnrollmentSummary() {
    }

    /** Photos are named by their file name. */
    static String ofPhotos(EnrollmentReport report) {
        return of(report, "photos", i -> Path.of(report.pictures().get(i).picture()).getFileName().toString());
    }

    /** A folder: one line per person, then what went wrong, a cancel said once. */
    static String ofFolder(List<EnrollmentReport> reports) {
        if (reports.isEmpty()) {
            return "The folder has no sub-folders: put each person's photos in a folder named by their ID or exact name.";
        }
        if (reports.stream().anyMatch(EnrollmentReport::cancelled)) {
            long done = reports.stream().filter(r -> !r.cancelled() && r.personId() >= 0).count();
            return "Cancelled: " + done + (done == 1 ? " person was" : " persons were") + " enrolled before; nothing of the others was stored.";
        }
        long enrolled = reports.stream().filter(r -> r.enrolled() > 0).count();
        String head = "Enrolled " + enrolled + " of " + reports.size() + (reports.size() == 1 ? " person." : " persons.");
        String details = reports.stream().filter(r -> r.personId() < 0 || r.enrolled() < r.pictures().size())
                .map(r -> r.personId() < 0 ? r.personName() + ": " + r.pictures().get(0).detail()
                        : r.personName() + ": " + r.enrolled() + " of " + r.pictures().size() + " photos enrolled")
                .collect(Collectors.joining("\n"));
        return details.isEmpty() ? head : head + "\n" + details;
    }

    /** Camera shots are numbered as the capture dialog showed them. */
    static String ofShots(EnrollmentReport report) {
        return of(report, "shots", i -> "Shot " + (i + 1));
    }

    private static String of(EnrollmentReport report, String pictures, Function<Integer, String> name) {
        if (report.cancelled()) {
            return "Enrolment of " + report.personName() + " cancelled: nothing was stored.";
        }
        String head = "Enrolled " + report.enrolled() + " of " + report.pictures().size() + " " + pictures + " of " + report.personName() + ".";
        List<PictureOutcome> outcomes = report.pictures();
        String details = IntStream.range(0, outcomes.size()).filter(i -> outcomes.get(i).result() != Result.ENROLLED)
                .mapToObj(i -> name.apply(i) + ": " + outcomes.get(i).detail()).collect(Collectors.joining("\n"));
        return details.isEmpty() ? head : head + "\n" + details;
    }
}
