package org.gatepass.vision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Follows the faces of one camera from frame to frame and decides once per track who it is.
 * <p>
 * Association: each followed face predicts where it will be from its own motion, and a face in the next
 * frame joins the track whose prediction it is nearest to (in face widths), provided it is of a similar
 * size and, when both have an embedding, looks like the same person. So a brisk walker whose face moves
 * a face width between processed frames stays one track, two people who cross keep their own tracks, and
 * a face missed for a few frames is found again where its motion took it.
 * <p>
 * Decision: the embeddings of a track's usable frames are fused (weighted by face size, which carries the
 * detail) and, once {@code confirmationFrames} of them are in, identified once on the fused evidence by the
 * {@link Identifier}: a person or nobody. A track that ends (its face lost for more than
 * {@code maxMissedFrames} frames) before it had that many, as a brisk walker's may, is decided on the
 * frames it had. A track is decided at most once; a face seen again after its track ended starts a new one.
 * <p>
 * Not thread-safe: one tracker per camera, fed in frame order.
 */
public final class FaceTracker {
    public static final int DEFAULT_CONFIRMATION_FRAMES = 3;
    public static final int DEFAULT_MAX_MISSED_FRAMES = 10;
    /** How far from its predicted position, in its face widths, a face may be found one frame on. */
    static final float MAX_JUMP = 1.5f;
    /** How much further it may be for each frame it was not seen: the prediction grows uncertain. */
    static final float MAX_JUMP_PER_MISSED_FRAME = 0.5f;
    /** A face this many times larger or smaller than the track's is somebody else. */
    static final float MAX_SIZE_RATIO = 1.6f;
    /**
     * Below this similarity to a track's evidence a face is another person's. Frames of one walk agree far
     * above it (0.8 and more); two different people exceed it about once in two thousand pairs.
     */
    static final float MIN_APPEARANCE = 0.35f;
    /** A decided track's face is embedded again after this many frames without, to check it is still the same person. */
    static final int RECHECK_LOOKS_EVERY = 5;
    /** Weight of looking different ({@code 1 - similarity}) against distance in face widths when choosing. */
    private static final float APPEARANCE_WEIGHT = 2;
    /** Faces of this width and more count fully as evidence; smaller ones in proportion. */
    private static final float FULL_EVIDENCE_WIDTH = 112;

    /** Identifies the fused evidence of a track. */
    @FunctionalInterface
    public interface Identifier {
        /** The open-set answer, or empty when it cannot be told yet (e.g. the gallery is still loading): the track waits. */
        Optional<Identity> identify(Embedding evidence);
    }

    private final int confirmationFrames;
    private final int maxMissedFrames;
    private final Identifier identifier;
    private final List<FollowedFace> followed = new ArrayList<>();
    private long nextId = 1;

    public FaceTracker(Identifier identifier) {
        this(DEFAULT_CONFIRMATION_FRAMES, DEFAULT_MAX_MISSED_FRAMES, identifier);
    }

    public FaceTracker(int confirmationFrames, int maxMissedFrames, Identifier identifier) {
        if (confirmationFrames < 1 || maxMissedFrames < 0) {
            throw new IllegalArgumentException("Need confirmationFrames >= 1 and maxMissedFrames >= 0");
        }
        this.confirmationFrames = confirmationFrames;
        this.maxMissedFrames = maxMissedFrames;
        this.identifier = identifier;
    }

    /**
     * Takes the faces of the next frame and returns their tracks, one per face in the same order, followed
     * by the tracks that ended undecided with this frame and were decided now on the evidence they had.
     */
    public List<Track> update(List<ObservedFace> faces) {
        FollowedFace[] owners = assign(faces);
        List<Track> tracks = new ArrayList<>(faces.size());
        for (int i = 0; i < owners.length; i++) {
            if (owners[i] == null) {
                owners[i] = new FollowedFace(nextId++);
                followed.add(owners[i]);
            }
            tracks.add(owners[i].observe(faces.get(i)));
        }
        for (var ending = followed.iterator(); ending.hasNext();) {
            FollowedFace f = ending.next();
            if (f.missedFrames > maxMissedFrames) {
                ending.remove();
                f.decideOnWhatItHad().ifPresent(tracks::add);
            }
        }
        return tracks;
    }

    /**
     * Whether a face at {@code box} in the next frame should be embedded: no, when it can only be the
     * continuation of one decided track that was seen in the last frame and whose looks were checked in
     * the last few frames (nothing else near enough to be confused with it); yes otherwise, for evidence,
     * to tell people apart by appearance, and so that somebody stepping into a decided person's place is
     * noticed as somebody else.
     */
    public boolean wantsEvidence(Box box) {
        FollowedFace only = null;
        for (FollowedFace f : followed) {
            if (f.cost(box, null) < Float.POSITIVE_INFINITY) {
                if (only != null) {
                    return true;
                }
                only = f;
            }
        }
        return only == null || only.state == Track.State.PENDING || only.missedFrames > 0
                || only.framesSinceEmbedding >= RECHECK_LOOKS_EVERY;
    }

    /** Pairs faces with followed faces, most plausible first; followed faces left without one count a miss. */
    private FollowedFace[] assign(List<ObservedFace> faces) {
        record Pair(int followedIndex, int face, float cost) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int f = 0; f < followed.size(); f++) {
            for (int s = 0; s < faces.size(); s++) {
                float cost = followed.get(f).cost(faces.get(s).box(), faces.get(s).embedding());
                if (cost < Float.POSITIVE_INFINITY) {
                    pairs.add(new Pair(f, s, cost));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::cost));
        FollowedFace[] owners = new FollowedFace[faces.size()];
        boolean[] taken = new boolean[followed.size()];
        for (Pair p : pairs) {
            if (!taken[p.followedIndex] && owners[p.face] == null) {
                taken[p.followedIndex] = true;
                owners[p.face] = followed.get(p.followedIndex);
            }
        }
        for (int f = 0; f < taken.length; f++) {
            if (!taken[f]) {
                followed.get(f).missedFrames++;
            }
        }
        return owners;
    }

    private final class FollowedFace {
        final long id;
        Box box;
        /** Centre movement per frame, in pixels; zero until the face was seen twice. */
        float velocityX, velocityY;
        boolean moving;
        int missedFrames;
        /** Size-weighted sum of the embeddings of the usable frames; null before the first. */
        float[] evidence;
        String evidenceModel;
        int evidenceFrames;
        int framesSinceEmbedding;
        Track.State state = Track.State.PENDING;
        Identity identity;

        FollowedFace(long id) {
            this.id = id;
        }

        /**
         * How implausible it is that a face at {@code seen} (with its embedding, if it has one) is this one, one
         * frame on; infinite when it cannot be.
         */
        float cost(Box seen, Embedding embedding) {
            float ratio = seen.width() / width(box);
            if (ratio > MAX_SIZE_RATIO || ratio < 1 / MAX_SIZE_RATIO) {
                return Float.POSITIVE_INFINITY;
            }
            int frames = missedFrames + 1;
            float dx = centreX(seen) - (centreX(box) + velocityX * frames);
            float dy = centreY(seen) - (centreY(box) + velocityY * frames);
            float distance = (float) Math.hypot(dx, dy) / width(box);
            if (distance > MAX_JUMP + MAX_JUMP_PER_MISSED_FRAME * missedFrames) {
                return Float.POSITIVE_INFINITY;
            }
            if (evidence == null || embedding == null) {
                return distance;
            }
            float similarity = fused().similarity(embedding);
            return similarity < MIN_APPEARANCE ? Float.POSITIVE_INFINITY : distance + APPEARANCE_WEIGHT * (1 - similarity);
        }

        Track observe(ObservedFace face) {
            if (box != null) {
                int frames = missedFrames + 1;
                float vx = (centreX(face.box()) - centreX(box)) / frames, vy = (centreY(face.box()) - centreY(box)) / frames;
                // the newest step counts most, but one jittery box does not swing the prediction
                velocityX = moving ? (velocityX + vx) / 2 : vx;
                velocityY = moving ? (velocityY + vy) / 2 : vy;
                moving = true;
            }
            box = face.box();
            missedFrames = 0;
            if (face.embedding() != null) {
                addEvidence(face);
                framesSinceEmbedding = 0;
            } else {
                framesSinceEmbedding++;
            }
            boolean decidedNow = evidenceFrames >= confirmationFrames && decide();
            return new Track(id, box, state, identity, decidedNow);
        }

        /** The decision of a track that ends still pending but with some evidence. */
        Optional<Track> decideOnWhatItHad() {
            return evidenceFrames > 0 && decide() ? Optional.of(new Track(id, box, state, identity, true)) : Optional.empty();
        }

        /** Identifies a pending track on its evidence; true when that decided it. */
        private boolean decide() {
            if (state != Track.State.PENDING) {
                return false;
            }
            Optional<Identity> answer = identifier.identify(fused());
            answer.ifPresent(a -> {
                identity = a;
                state = a.isKnown() ? Track.State.KNOWN : Track.State.UNKNOWN;
            });
            return answer.isPresent();
        }

        private void addEvidence(ObservedFace face) {
            Embedding embedding = face.embedding();
            if (evidence == null) {
                evidence = new float[embedding.dimension()];
                evidenceModel = embedding.modelId();
            }
            float weight = Math.min(1, face.box().width() / FULL_EVIDENCE_WIDTH);
            embedding.addTo(evidence, weight);
            evidenceFrames++;
        }

        private Embedding fused() {
            return new Embedding(evidenceModel, evidence);
        }
    }

    /** A box's width, never zero: a degenerate box must not divide by zero. */
    private static float width(Box b) {
        return Math.max(1, b.width());
    }

    private static float centreX(Box b) {
        return b.x() + b.width() / 2;
    }

    private static float centreY(Box b) {
        return b.y() + b.height() / 2;
    }
}
