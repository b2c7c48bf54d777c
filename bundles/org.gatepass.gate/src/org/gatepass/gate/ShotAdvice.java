package org.gatepass.gate;

import java.util.List;
import java.util.Objects;

import org.gatepass.core.camera.Frame;
import org.gatepass.gate.CameraView.FaceMark;

/**
 * What one live frame is worth for enrolment and what the operator should ask for.
 *
 * @param frame       the frame assessed
 * @param instruction what to tell the person in front of the camera
 * @param detail      why, with figures, for the curious (empty when the shot is good)
 * @param faces       the faces in the frame: the usable one as {@link FaceMark.Kind#KNOWN} with the name of the
 *                    person being enrolled, the others as {@link FaceMark.Kind#REJECTED} with the reason
 * @param kept        whether {@link EnrollmentCapture#capture(Frame)} kept this frame as a shot
 */
public record ShotAdvice(Frame frame, Instruction instruction, String detail, List<FaceMark> faces, boolean kept) {

    public ShotAdvice {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(detail, "detail");
        faces = List.copyOf(faces);
    }

    /** Whether the frame shows exactly one usable face. */
    public boolean good() {
        return instruction.good;
    }

    /** What the operator says to the person in front of the camera, most pressing first. */
    public enum Instruction {
        NO_FACE("Step in front of the camera", false),
        ONE_PERSON_ONLY("Only one person in view", false),
        MOVE_CLOSER("Move closer", false),
        LOOK_AT_CAMERA("Look at the camera", false),
        HOLD_STILL("Hold still", false),
        /** Good, but too like a shot already kept: another view adds more. */
        TURN_SLIGHTLY("Good — now turn your head slightly", true),
        /** Enough shots are kept. */
        DONE("Enough shots: save them", true),
        GOOD("Good", true);

        private final String text;
        private final boolean good;

        Instruction(String text, boolean good) {
            this.text = text;
            this.good = good;
        }

        public String text() {
            return text;
        }
    }
}
