package org.gatepass.gate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.gatepass.core.biometric.Consent;
import org.gatepass.core.camera.Frame;
import org.gatepass.core.security.Actor;

/**
 * Turns pictures of a person (photo files or camera frames) into face templates of the current
 * recognition model. Every picture is reported on its own: one unreadable or faceless picture never
 * stops the others. Enrolling and erasing need ENROL_FACES and are audited; the templates of one enrolment
 * and its audit row are stored in one transaction. No face is enrolled without the person's consent in force
 * ({@link #recordConsent}): enrolling a person without it is refused with an {@link IllegalStateException}.
 */
public interface EnrollmentService {

    /** Enrols photo files (JPEG, PNG, ...) of one person. */
    default EnrollmentReport enrollPhotos(Actor actor, long personId, List<Path> photos) {
        return enrollPhotos(actor, personId, photos, EnrollmentProgress.NONE);
    }

    /** Enrols photo files, telling {@code progress} after each; a cancelled enrolment stores nothing and says so. */
    EnrollmentReport enrollPhotos(Actor actor, long personId, List<Path> photos, EnrollmentProgress progress);

    /** Enrols frames of one person taken by a camera, e.g. the shots of an {@link EnrollmentCapture}. */
    EnrollmentReport enrollFrames(Actor actor, long personId, List<Frame> frames);

    /**
     * Starts enrolling a person from a live camera: assess frames, keep good shots, save them. While the
     * capture watches a camera ({@link EnrollmentCapture#watch}) the gate acts on nothing that camera sees;
     * close the capture when done.
     */
    EnrollmentCapture startCapture(Actor actor, long personId);

    /**
     * Enrols a folder with one sub-folder per person, named by the person's ID or, failing that, by
     * their exact name; sub-folders that match nobody are reported and skipped.
     */
    List<EnrollmentReport> enrollFolder(Actor actor, Path folder, EnrollmentProgress progress);

    /** Erases a person's templates: they are no longer recognised. Returns how many were erased. */
    int erase(Actor actor, long personId);

    /**
     * Records that the person agreed to {@code text} (read to them or by them) being done with their face; needed
     * before any face of theirs is enrolled. A newer consent replaces the one in force. ENROL_FACES, audited.
     */
    Consent recordConsent(Actor actor, long personId, String text);

    /** The person's consent in force, if any (VIEW_PERSONS). */
    Optional<Consent> consent(Actor actor, long personId);

    /**
     * Takes back the person's consent and erases their face templates in the same transaction: they are no longer
     * recognised, and pass by another credential (a QR pass). Returns how many templates were erased; ENROL_FACES,
     * audited. Refused when no consent is in force.
     */
    int withdrawConsent(Actor actor, long personId);

    /**
     * How many persons have face templates, but none of the current recognition model: after the
     * model was changed they are not recognised until they are enrolled again (VIEW_PERSONS).
     */
    int countPersonsToEnrolAgain(Actor actor);
}
