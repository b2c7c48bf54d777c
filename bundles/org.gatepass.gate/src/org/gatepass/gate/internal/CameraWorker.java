package org.gatepass.gate.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

import org.gatepass.core.StorageException;
import org.gatepass.core.access.AccessVerdict;
import org.gatepass.core.access.AntiPassback;
import org.gatepass.core.access.Gate;
import org.gatepass.core.camera.CameraSource;
import org.gatepass.core.camera.Frame;
import org.gatepass.core.camera.FrameSink;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.event.PresenceState;
import org.gatepass.core.gate.CameraMode;
import org.gatepass.core.gate.GateDecision;
import org.gatepass.core.gate.GateDecisionEngine;
import org.gatepass.core.pass.PassCheck;
import org.gatepass.core.pass.PassToken;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.gate.CameraView.FaceMark;
import org.gatepass.gate.CameraView;
import org.gatepass.vision.Embedding;
import org.gatepass.vision.FacePipeline;
import org.gatepass.vision.FaceTracker;
import org.gatepass.vision.Identity;
import org.gatepass.vision.ObservedFace;
import org.gatepass.vision.OpenSetPolicy;
import org.gatepass.vision.Track;

/**
 * One camera's share of the gate, run on the camera's delivery thread: faces in each frame are followed
 * by the tracker, each track is identified once on the evidence of its frames under the lane's open-set
 * policy, and acted on when it is decided.
 */
final class CameraWorker implements FrameSink {
    private static final Logger LOG = Logger.getLogger(CameraWorker.class.getName());
    private static final int MAX_LATENCIES = 1000;
    private static final Duration FIRST_SEEN_KEPT = Duration.ofMinutes(2);
    /** A pass code seen again within this long at the same camera is the same showing. */
    private static final Duration CODE_REPEAT = Duration.ofSeconds(10);

    private final CameraSource camera;
    private final Lane lane;
    private final FacePipeline pipeline;
    private final Gallery gallery;
    private final GateDecisionEngine engine;
    private final KnownPersons persons;
    private final EventRecorder recorder;
    private final FaceTracker tracker;
    private final BooleanSupplier decisionsHeld;
    /** The sequence number of the newest frame handled, -1 before the first. */
    private final AtomicLong lastSequence = new AtomicLong(-1);
    private final FrameRate rate = new FrameRate();
    private final AtomicLong framesProcessed = new AtomicLong();
    /** When each recent track's face first came into view, to measure face-in-view to event-stored. */
    private final Map<Long, Instant> firstSeen = new HashMap<>();
    private final Queue<Duration> decisionLatencies = new ConcurrentLinkedQueue<>();
    private volatile CameraView view;
    /** The evidence of unknown faces decided in this frame, to file them with a stranger; cleared every frame. */
    private final Map<Identity, Embedding> evidenceOf = new IdentityHashMap<>();
    private final StrangerGrouping strangers;
    private final PassDesk passes;
    private final QrReader qr;
    private final GateAccess access;
    private final DoorReleases doors;
    /** Pass codes acted on lately, by code: a code held up for a while is one event. */
    private final Map<String, Instant> codesHandled = new HashMap<>();
    /** Visitors at a QR_AND_FACE camera whose valid code was shown, waiting for their face; and the other way round. */
    private final Map<Long, Instant> codeShown = new HashMap<>();
    private final Map<Long, Instant> faceSeen = new HashMap<>();

    CameraWorker(CameraSource camera, Lane lane, FacePipeline pipeline, Gallery gallery, GateDecisionEngine engine, KnownPersons persons,
            EventRecorder recorder, StrangerGrouping strangers, PassDesk passes, QrReader qr, GateAccess access, DoorReleases doors,
            int confirmationFrames, BooleanSupplier decisionsHeld) {
        this.qr = qr;
        this.access = access;
        this.doors = doors;
        this.camera = camera;
        this.passes = passes;
        this.strangers = strangers;
        this.decisionsHeld = decisionsHeld;
        this.lane = lane;
        this.pipeline = pipeline;
        this.gallery = gallery;
        this.engine = engine;
        this.persons = persons;
        this.recorder = recorder;
        this.tracker = new FaceTracker(confirmationFrames, FaceTracker.DEFAULT_MAX_MISSED_FRAMES, this::identify);
    }

    /** Open-set identification of a track's fused evidence; empty while the gallery cannot be loaded. */
    private Optional<Identity> identify(Embedding evidence) {
        Optional<Identity> identity = gallery.nearest(evidence, 2).map(nearest -> lane.policy().decide(nearest, gallery.persons(), pipeline.calibration()));
        identity.filter(i -> !i.isKnown()).ifPresent(unknown -> evidenceOf.put(unknown, evidence));
        return identity;
    }

    long lastSequence() {
        return lastSequence.get();
    }

    long framesProcessed() {
        return framesProcessed.get();
    }

    /** Face first in view to its event stored (or to its confirmation inside the cooldown), newest last. */
    List<Duration> decisionLatencies() {
        return List.copyOf(decisionLatencies);
    }

    private void remember(Duration latency) {
        decisionLatencies.add(latency);
        while (decisionLatencies.size() > MAX_LATENCIES) {
            decisionLatencies.poll();
        }
    }

    @Override
    public void accept(Frame frame) {
        List<ObservedFace> faces = pipeline.process(new org.gatepass.vision.Frame(frame.width(), frame.height(), frame.bgr()),
                tracker::wantsEvidence);
        List<Track> tracks = tracker.update(faces);
        for (Track track : tracks) {
            Instant first = firstSeen.computeIfAbsent(track.id(), id -> frame.capturedAt());
            if (track.confirmedNow() && !decisionsHeld.getAsBoolean()) {
                act(track, frame);
                remember(Duration.between(first, Instant.now()));
            }
        }
        evidenceOf.clear();
        if (!decisionsHeld.getAsBoolean()) {
            qr.read(frame).filter(PassToken::looksLikePass).ifPresent(code -> onPassCode(code, frame));
            expireUnpairedCodes(frame);
        }
        // a track's first sighting is kept while it may still be decided: well past the tracker's missed frames
        firstSeen.values().removeIf(seen -> seen.isBefore(frame.capturedAt().minus(FIRST_SEEN_KEPT)));
        framesProcessed.incrementAndGet();
        view = new CameraView(camera.id(), camera.displayName(), camera.status(), frame, marks(faces, tracks),
                rate.tick(frame.capturedAt()));
        lastSequence.set(frame.sequence());
    }

    Lane lane() {
        return lane;
    }

    /** The camera as the gate sees it now; before the first frame, just its status. */
    CameraView view() {
        CameraView latest = view;
        return latest == null ? new CameraView(camera.id(), camera.displayName(), camera.status(), null, List.of(), 0)
                : new CameraView(latest.cameraId(), latest.displayName(), camera.status(), latest.frame(), latest.faces(),
                        latest.framesPerSecond());
    }

    private List<FaceMark> marks(List<ObservedFace> faces, List<Track> tracks) {
        List<FaceMark> marks = new ArrayList<>(faces.size());
        for (int i = 0; i < faces.size(); i++) {
            ObservedFace face = faces.get(i);
            Track track = tracks.get(i);
            FaceMark.Kind kind;
            String label;
            if (!face.quality().accepted() && track.state() == Track.State.PENDING) {
                kind = FaceMark.Kind.REJECTED;
                label = face.quality().reason();
            } else {
                kind = switch (track.state()) {
                    case PENDING -> FaceMark.Kind.PENDING;
                    case KNOWN -> FaceMark.Kind.KNOWN;
                    case UNKNOWN -> FaceMark.Kind.UNKNOWN;
                };
                label = switch (track.state()) {
                    case PENDING -> "…";
                    case KNOWN -> persons.nameOf(track.personId());
                    case UNKNOWN -> "Unknown";
                };
            }
            // an unknown face's score is its best candidate's, -1 when nobody is enrolled
            double score = kind == FaceMark.Kind.KNOWN || kind == FaceMark.Kind.UNKNOWN && track.score() > -1 ? track.score() : Double.NaN;
            marks.add(new FaceMark(face.box().x(), face.box().y(), face.box().width(), face.box().height(), kind, label, score));
        }
        return marks;
    }

    private void act(Track track, Frame frame) {
        double score = track.score();
        switch (track.state()) {
            case KNOWN -> {
                Optional<Person> person;
                try {
                    person = persons.current(track.personId());
                } catch (StorageException e) {
                    LOG.warning(() -> "Recognised person " + track.personId() + " at camera " + lane.cameraId()
                            + ", but the database is down and this station has not seen them since it started: not acted on ("
                            + e.getMessage() + ")");
                    return;
                }
                person.ifPresentOrElse(p -> actOn(p, score, frame),
                        () -> LOG.warning(() -> "Recognised person " + track.personId() + " no longer exists; their templates should be erased"));
            }
            case UNKNOWN -> alert(null, engine.decideStranger(), score, frame, evidenceOf.get(track.identity()));
            case PENDING -> throw new IllegalStateException("A pending track is never confirmed now");
        }
    }

    private void actOn(Person person, double score, Frame frame) {
        var alert = engine.alertFor(person);
        if (alert.isPresent()) {
            alert(person.id(), alert.get(), score, frame, null);
            return;
        }
        Instant at = frame.capturedAt();
        if (person.category() == PersonCategory.VISITOR) {
            if (lane.visitors() == VisitorCheck.QR_AND_FACE) {
                if (codeShown.remove(person.id()) == null) {
                    faceSeen.put(person.id(), at);
                    return;
                }
            } else {
                Optional<String> refusal;
                try {
                    refusal = passes.refusalForFace(person.id(), lane.cameraId(), at);
                } catch (StorageException e) {
                    LOG.warning(() -> "Visitor " + person.id() + " at camera " + lane.cameraId() + ": passes cannot be checked while the database is down ("
                            + e.getMessage() + "); not admitted");
                    return;
                }
                if (refusal.isPresent()) {
                    refusePass(person.id(), refusal.get(), frame);
                    return;
                }
            }
        }
        move(person, score, frame);
    }

    /**
     * Moves a person In or Out unless inside the cooldown. Coming in by a restricted gate needs an access level open
     * now, else it is an ACCESS_REFUSED alert with the reason; the levels never refuse going out. A gate checking
     * anti-passback alerts on an entry without a leaving or a leaving without an entry, and at HARD refuses it. Both are
     * judged on the presence the movement locks, so stations sharing the database judge a person's passes in turn. An
     * admission releases the gate's door.
     */
    private void move(Person person, Double score, Frame frame) {
        Instant at = frame.capturedAt();
        Optional<Gate> gate = access.gateOf(lane.cameraId());
        Judgement judged = new Judgement(person, score, at, access.entryFor(lane.cameraId(), person), gate);
        Optional<GateEvent> moved = recorder.recordMovement(person.id(), lane.cameraId(), gate.map(Gate::area).orElse(""), judged::decide);
        if (judged.refusal != null) {
            recorder.recordAlert(new GateEvent(null, person.id(), lane.cameraId(), null, judged.refusedAs, score, at, judged.refusal),
                    JpegSnapshots.of(frame), stored -> { });
            LOG.info(() -> person.name() + " refused at camera " + lane.cameraId() + ": " + judged.refusal);
        }
        moved.ifPresent(event -> {
            if (judged.passback != null) {
                recorder.recordAlert(new GateEvent(null, person.id(), lane.cameraId(), null, Decision.PASSBACK, score, at, judged.passback),
                        JpegSnapshots.of(frame), stored -> { });
            }
            gate.ifPresent(g -> doors.release(g, event));
        });
    }

    /** One movement's decision, made inside the lock on the person's presence; what it refused or flagged is acted on after. */
    private final class Judgement {
        private final Person person;
        private final Double score;
        private final Instant at;
        private final GateAccess.Entry entry;
        private final Optional<Gate> gate;
        private Decision refusedAs;
        private String refusal;
        private String passback;

        Judgement(Person person, Double score, Instant at, GateAccess.Entry entry, Optional<Gate> gate) {
            this.person = person;
            this.score = score;
            this.at = at;
            this.entry = entry;
            this.gate = gate;
        }

        Optional<GateEvent> decide(PresenceState presence) {
            return engine.movementOf(person, presence, lane.mode(), at).flatMap(d -> {
                AccessVerdict verdict = d.direction() == Direction.IN ? entry.entering(at) : AccessVerdict.ADMITTED;
                if (!verdict.admitted()) {
                    refuse(Decision.ACCESS_REFUSED, verdict.reason());
                    return Optional.empty();
                }
                Optional<String> breach = gate.flatMap(g -> g.antiPassback().breach(g, presence, d.direction()));
                if (breach.isPresent() && gate.get().antiPassback() == AntiPassback.HARD) {
                    refuse(Decision.PASSBACK, breach.get());
                    return Optional.empty();
                }
                passback = breach.orElse(null);
                return Optional.of(new GateEvent(null, person.id(), lane.cameraId(), d.direction(), d.decision(), score, at));
            });
        }

        private void refuse(Decision as, String why) {
            refusedAs = as;
            refusal = why;
        }
    }

    /** A pass code in view: a valid one moves its visitor (with their face too where the camera asks for it), any other is an alert. */
    private void onPassCode(String code, Frame frame) {
        Instant at = frame.capturedAt();
        codesHandled.values().removeIf(handled -> handled.isBefore(at.minus(CODE_REPEAT)));
        if (codesHandled.containsKey(code)) {
            return;
        }
        codesHandled.put(code, at);
        PassCheck.Verdict verdict;
        Optional<Person> holder;
        try {
            verdict = passes.check(code, lane.cameraId(), at);
            holder = verdict.pass() == null ? Optional.empty() : persons.current(verdict.pass().personId());
        } catch (StorageException e) {
            codesHandled.remove(code);
            LOG.warning(() -> "A pass code at camera " + lane.cameraId() + " cannot be checked while the database is down: " + e.getMessage());
            return;
        }
        Long personId = verdict.pass() == null ? null : verdict.pass().personId();
        if (!verdict.admitted()) {
            refusePass(personId, verdict.refusal(), frame);
            return;
        }
        if (holder.isEmpty()) {
            refusePass(null, "the holder of pass " + verdict.pass().id() + " no longer exists", frame);
            return;
        }
        Person visitor = holder.get();
        var alert = engine.alertFor(visitor);
        if (alert.isPresent()) {
            alert(visitor.id(), alert.get(), Double.NaN, frame, null);
        } else if (lane.visitors() == VisitorCheck.QR_AND_FACE && faceSeen.remove(visitor.id()) == null) {
            codeShown.put(visitor.id(), at);
        } else {
            move(visitor, null, frame);
        }
    }

    /** A code shown at a QR_AND_FACE camera whose face did not follow is refused; stale faces are forgotten. */
    private void expireUnpairedCodes(Frame frame) {
        Instant limit = frame.capturedAt().minus(VisitorCheck.PAIRING);
        faceSeen.values().removeIf(seen -> seen.isBefore(limit));
        List<Long> unpaired = codeShown.entrySet().stream().filter(e -> e.getValue().isBefore(limit)).map(Map.Entry::getKey).toList();
        for (Long personId : unpaired) {
            codeShown.remove(personId);
            refusePass(personId, "the pass was shown but the visitor's face did not match within " + VisitorCheck.PAIRING.toSeconds() + " s", frame);
        }
    }

    private void refusePass(Long personId, String reason, Frame frame) {
        GateEvent event = new GateEvent(null, personId, lane.cameraId(), null, Decision.PASS_REFUSED, null, frame.capturedAt(), reason);
        recorder.recordAlert(event, JpegSnapshots.of(frame), stored -> { });
        LOG.info(() -> "Pass refused at camera " + lane.cameraId() + ": " + reason);
    }

    /** Stores the alert; an unknown face's evidence files it with the stranger it resembles. */
    private void alert(Long personId, GateDecision decision, double score, Frame frame, Embedding unknownFace) {
        GateEvent event = new GateEvent(null, personId, lane.cameraId(), null, decision.decision(), Double.isNaN(score) ? null : score,
                frame.capturedAt());
        recorder.recordAlert(event, JpegSnapshots.of(frame), stored -> {
            if (unknownFace != null) {
                float threshold = lane.policy().threshold(pipeline.calibration(), Math.max(1, strangers.size()));
                strangers.sighted(stored.id(), unknownFace, lane.cameraId(), stored.occurredAt(), threshold);
            }
        });
    }

    /** How one camera takes part in the gate: its id, direction mode, open-set policy and how visitors pass. */
    record Lane(String cameraId, CameraMode mode, OpenSetPolicy policy, VisitorCheck visitors) {
    }
}
