package org.gatepass.vision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Follows the faces of one camera from frame to frame by box overlap and confirms who each one is:
 * only after {@code confirmationFrames} consecutive identified frames agree on the same person (or on
 * "unknown"), so one lucky frame never identifies a stranger. A track is confirmed once; a face that
 * is lost for more than {@code maxMissedFrames} frames and seen again starts a new track.
 * <p>
 * Not thread-safe: one tracker per camera, fed in frame order.
 */
public final class FaceTracker {
    public static final int DEFAULT_CONFIRMATION_FRAMES = 3;
    public static final int DEFAULT_MAX_MISSED_FRAMES = 10;
    public static final float DEFAULT_MIN_IOU = 0.3f;
    private static final long UNKNOWN_VOTE = -1;

    private final int confirmationFrames;
    private final int maxMissedFrames;
    private final float minIou;
    private final List<FollowedFace> followed = new ArrayList<>();
    private long nextId = 1;

    public FaceTracker() {
        this(DEFAULT_CONFIRMATION_FRAMES, DEFAULT_MAX_MISSED_FRAMES, DEFAULT_MIN_IOU);
    }

    public FaceTracker(int confirmationFrames, int maxMissedFrames, float minIou) {
        if (confirmationFrames < 1 || maxMissedFrames < 0 || !(minIou > 0 && minIou <= 1)) {
            throw new IllegalArgumentException("Need confirmationFrames >= 1, maxMissedFrames >= 0 and 0 < minIou <= 1");
        }
        this.confirmationFrames = confirmationFrames;
        this.maxMissedFrames = maxMissedFrames;
        this.minIou = minIou;
    }

    /** Takes the faces of the next frame and returns their tracks, one per sighting in the same order. */
    public List<Track> update(List<Sighting> sightings) {
        FollowedFace[] owners = assign(sightings);
        followed.removeIf(f -> f.missedFrames > maxMissedFrames);
        List<Track> tracks = new ArrayList<>(sightings.size());
        for (int i = 0; i < owners.length; i++) {
            if (owners[i] == null) {
                owners[i] = new FollowedFace(nextId++);
                followed.add(owners[i]);
            }
            tracks.add(owners[i].observe(sightings.get(i), confirmationFrames));
        }
        return tracks;
    }

    /** Pairs sightings with followed faces, best overlap first; faces left without one count a miss. */
    private FollowedFace[] assign(List<Sighting> sightings) {
        record Pair(int face, int sighting, float iou) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int f = 0; f < followed.size(); f++) {
            for (int s = 0; s < sightings.size(); s++) {
                float iou = followed.get(f).box.iou(sightings.get(s).box());
                if (iou >= minIou) {
                    pairs.add(new Pair(f, s, iou));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::iou).reversed());
        FollowedFace[] owners = new FollowedFace[sightings.size()];
        boolean[] taken = new boolean[followed.size()];
        for (Pair p : pairs) {
            if (!taken[p.face] && owners[p.sighting] == null) {
                taken[p.face] = true;
                owners[p.sighting] = followed.get(p.face);
            }
        }
        for (int f = 0; f < taken.length; f++) {
            if (!taken[f]) {
                followed.get(f).missedFrames++;
            }
        }
        return owners;
    }

    private static final class FollowedFace {
        final long id;
        Box box;
        int missedFrames;
        Track.State state = Track.State.PENDING;
        long candidate = UNKNOWN_VOTE;
        int streak;
        float streakScoreSum;

        FollowedFace(long id) {
            this.id = id;
        }

        Track observe(Sighting sighting, int confirmationFrames) {
            box = sighting.box();
            missedFrames = 0;
            Match match = sighting.match();
            boolean confirmedNow = false;
            if (state == Track.State.PENDING && match != null) {
                long vote = match.known() ? match.nearestPersonId() : UNKNOWN_VOTE;
                if (streak > 0 && vote == candidate) {
                    streak++;
                    streakScoreSum += match.score();
                } else {
                    candidate = vote;
                    streak = 1;
                    streakScoreSum = match.score();
                }
                if (streak >= confirmationFrames) {
                    state = vote == UNKNOWN_VOTE ? Track.State.UNKNOWN : Track.State.KNOWN;
                    confirmedNow = true;
                }
            }
            long personId = state == Track.State.KNOWN ? candidate : -1;
            float score = state == Track.State.PENDING ? 0 : streakScoreSum / streak;
            return new Track(id, box, state, personId, score, confirmedNow);
        }
    }
}
