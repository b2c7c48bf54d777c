package org.gatepass.gate.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.gatepass.core.camera.Frame;
import org.gatepass.core.security.Actor;
import org.gatepass.gate.CameraView.FaceMark;
import org.gatepass.gate.EnrollmentCapture;
import org.gatepass.gate.EnrollmentReport;
import org.gatepass.gate.EnrollmentService;
import org.gatepass.gate.ShotAdvice;
import org.gatepass.gate.ShotAdvice.Instruction;
import org.gatepass.vision.Box;
import org.gatepass.vision.Embedding;
import org.gatepass.vision.FacePipeline;
import org.gatepass.vision.ObservedFace;

/**
 * Keeps the good shots of one person from a live camera until they are saved. A shot must differ from
 * every shot kept: taken a moment later and not the same view, since near-identical templates add
 * nothing that helps recognise the person from another angle or expression.
 */
final class LiveEnrollmentCapture implements EnrollmentCapture {
    /** Frames closer in time than this show the same instant of the same pose. */
    static final Duration MIN_INTERVAL = Duration.ofMillis(500);
    /**
     * Above this similarity a shot repeats one kept. Different LFW photos of one person score 0.61 on
     * average; the same face moved and rescaled a little in the frame scores above 0.9.
     */
    static final float MAX_SIMILARITY = 0.9f;

    private final Actor actor;
    private final long personId;
    private final String personName;
    private final FacePipeline pipeline;
    private final EnrollmentService enrollment;
    private final Function<String, DecisionHold> holdDecisions;
    private final List<Shot> shots = new ArrayList<>();
    private DecisionHold hold;

    LiveEnrollmentCapture(Actor actor, long personId, String personName, FacePipeline pipeline, EnrollmentService enrollment,
            Function<String, DecisionHold> holdDecisions) {
        this.actor = actor;
        this.personId = personId;
        this.personName = personName;
        this.pipeline = pipeline;
        this.enrollment = enrollment;
        this.holdDecisions = holdDecisions;
    }

    @Override
    public synchronized void watch(String cameraId) {
        DecisionHold previous = hold;
        hold = holdDecisions.apply(cameraId); // taken before the old one is let go, in case it is the same camera
        if (previous != null) {
            previous.close();
        }
    }

    @Override
    public synchronized void close() {
        if (hold != null) {
            hold.close();
            hold = null;
        }
    }

    @Override
    public long personId() {
        return personId;
    }

    @Override
    public String personName() {
        return personName;
    }

    @Override
    public ShotAdvice assess(Frame frame) {
        return look(frame, false);
    }

    @Override
    public ShotAdvice capture(Frame frame) {
        return look(frame, true);
    }

    @Override
    public synchronized List<ShotAdvice> shots() {
        return shots.stream().map(Shot::advice).toList();
    }

    @Override
    public EnrollmentReport save() {
        List<Shot> saving;
        synchronized (this) {
            if (shots.size() < MINIMUM_SHOTS) {
                throw new IllegalStateException("Capture at least " + MINIMUM_SHOTS + " shots before saving (" + shots.size() + " so far)");
            }
            saving = List.copyOf(shots);
        }
        EnrollmentReport report = enrollment.enrollFrames(actor, personId, saving.stream().map(s -> s.advice().frame()).toList());
        synchronized (this) {
            shots.removeAll(saving); // only once stored: a failed save keeps the shots for another try
        }
        return report;
    }

    private ShotAdvice look(Frame frame, boolean keep) {
        List<ObservedFace> faces = pipeline.process(DefaultEnrollmentService.picture(frame));
        EnrollmentFace found = EnrollmentFace.of(faces);
        synchronized (this) {
            Instruction instruction = found.instruction();
            String detail = found.detail();
            if (found.face() != null) {
                String repeated = repeatedShot(frame, found.face().embedding());
                if (shots.size() >= TARGET_SHOTS) {
                    instruction = Instruction.DONE;
                } else if (repeated != null) {
                    instruction = Instruction.TURN_SLIGHTLY;
                    detail = repeated;
                }
            }
            boolean kept = keep && instruction == Instruction.GOOD;
            ShotAdvice advice = new ShotAdvice(frame, instruction, detail, marks(faces, found), kept);
            if (kept) {
                shots.add(new Shot(advice, found.face().embedding()));
            }
            return advice;
        }
    }

    /** Which kept shot this one would repeat and how, or null if it is new. */
    private String repeatedShot(Frame frame, Embedding embedding) {
        for (int i = 0; i < shots.size(); i++) {
            Shot shot = shots.get(i);
            Duration apart = Duration.between(shot.advice().frame().capturedAt(), frame.capturedAt()).abs();
            if (apart.compareTo(MIN_INTERVAL) < 0) {
                return String.format(Locale.ROOT, "Taken %d ms after shot %d (at least %d ms apart)", apart.toMillis(), i + 1,
                        MIN_INTERVAL.toMillis());
            }
            float similarity = shot.embedding().similarity(embedding);
            if (similarity > MAX_SIMILARITY) {
                return String.format(Locale.ROOT, "Same view as shot %d (similarity %.2f, at most %.2f)", i + 1, similarity, MAX_SIMILARITY);
            }
        }
        return null;
    }

    /** The usable face named after the person being enrolled; every other face marked with what is wrong. */
    private List<FaceMark> marks(List<ObservedFace> faces, EnrollmentFace found) {
        List<FaceMark> marks = new ArrayList<>(faces.size());
        for (int i = 0; i < faces.size(); i++) {
            ObservedFace face = faces.get(i);
            Box box = face.box();
            FaceMark.Kind kind = face == found.face() ? FaceMark.Kind.KNOWN : FaceMark.Kind.REJECTED;
            String label = face == found.face() ? personName
                    : i == 0 || EnrollmentFace.ambiguous(faces) ? found.instruction().text() : "Ignored: too far back";
            marks.add(new FaceMark(box.x(), box.y(), box.width(), box.height(), kind, label, Double.NaN));
        }
        return marks;
    }

    private record Shot(ShotAdvice advice, Embedding embedding) {
    }
}
