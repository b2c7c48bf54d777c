package org.gatepass.gate.internal;

import java.util.List;

import org.gatepass.gate.ShotAdvice.Instruction;
import org.gatepass.vision.ObservedFace;
import org.gatepass.vision.QualityVerdict;

/**
 * The one face a picture offers for enrolment, or why it offers none: the same rule for photo files,
 * camera frames and live shots. {@code face} is null unless the instruction is {@link Instruction#GOOD}.
 */
record EnrollmentFace(ObservedFace face, Instruction instruction, String detail) {
    /** A picture for enrolment shows one person: a second face at least this large (relative) makes it ambiguous. */
    private static final float SECOND_FACE_AREA_RATIO = 0.5f;

    /** @param faces as the pipeline found them, largest first */
    static EnrollmentFace of(List<ObservedFace> faces) {
        if (faces.isEmpty()) {
            return new EnrollmentFace(null, Instruction.NO_FACE, "No face found");
        }
        if (ambiguous(faces)) {
            return new EnrollmentFace(null, Instruction.ONE_PERSON_ONLY, faces.size() + " faces: the person to enrol must be alone in the picture");
        }
        QualityVerdict quality = faces.get(0).quality();
        if (!quality.accepted()) {
            return new EnrollmentFace(null, instruction(quality.issue()), quality.reason());
        }
        return new EnrollmentFace(faces.get(0), Instruction.GOOD, "");
    }

    static boolean ambiguous(List<ObservedFace> faces) {
        return faces.size() > 1 && faces.get(1).box().area() >= SECOND_FACE_AREA_RATIO * faces.get(0).box().area();
    }

    private static Instruction instruction(QualityVerdict.Issue issue) {
        return switch (issue) {
            case TOO_SMALL -> Instruction.MOVE_CLOSER;
            case TURNED_AWAY -> Instruction.LOOK_AT_CAMERA;
            case BLURRED -> Instruction.HOLD_STILL;
            case NONE -> throw new IllegalArgumentException("An accepted face needs no instruction");
        };
    }
}
