package org.gatepass.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FaceTrackerTest {
    private static final float THRESHOLD = 0.3f;
    private final FaceTracker tracker = new FaceTracker();

    @Test
    void confirmsAPersonAfterThreeAgreeingFramesAndOnlyOnce() {
        List<Track> confirmations = new ArrayList<>();
        for (int frame = 0; frame < 10; frame++) {
            Track t = single(sighting(100 + 2 * frame, 100, known(42, 0.6f)));
            assertEquals(frame < 2 ? Track.State.PENDING : Track.State.KNOWN, t.state(), "frame " + frame);
            if (t.confirmedNow()) {
                confirmations.add(t);
            }
        }
        assertEquals(1, confirmations.size());
        Track confirmed = confirmations.get(0);
        assertEquals(42, confirmed.personId());
        assertEquals(0.6f, confirmed.score(), 1e-6f);
        assertEquals(new Box(104, 100, 100, 100), confirmed.box());
    }

    @Test
    void oneLuckyFrameNeverIdentifiesAStranger() {
        Match[] votes = {unknown(), known(42, 0.35f), unknown(), known(42, 0.32f), unknown(), known(7, 0.4f), known(42, 0.31f)};
        for (Match vote : votes) {
            Track t = single(sighting(100, 100, vote));
            assertEquals(Track.State.PENDING, t.state());
        }
        single(sighting(100, 100, unknown()));
        Track t = single(sighting(100, 100, unknown()));
        assertEquals(Track.State.PENDING, t.state());
        t = single(sighting(100, 100, unknown()));
        assertEquals(Track.State.UNKNOWN, t.state());
        assertTrue(t.confirmedNow());
        assertEquals(-1, t.personId());
    }

    @Test
    void framesWithoutAUsableFaceKeepTheTrackButDoNotVote() {
        single(sighting(100, 100, known(42, 0.6f)));
        single(sighting(100, 100, null));
        Track t = single(sighting(100, 100, known(42, 0.6f)));
        assertEquals(Track.State.PENDING, t.state());
        t = single(sighting(100, 100, known(42, 0.6f)));
        assertTrue(t.confirmedNow());
    }

    @Test
    void followsSeveralFacesInOneFrameSeparately() {
        List<Track> confirmed = new ArrayList<>();
        long[] ids = new long[2];
        for (int frame = 0; frame < 5; frame++) {
            // The order of faces in a frame may change; tracks follow the boxes.
            List<Sighting> faces = new ArrayList<>(List.of(sighting(50 + frame, 80, known(1, 0.7f)),
                    sighting(400 - frame, 90, unknown())));
            if (frame % 2 == 1) {
                faces = faces.reversed();
            }
            List<Track> tracks = tracker.update(faces);
            assertEquals(2, tracks.size());
            for (Track t : tracks) {
                int slot = t.box().x() < 200 ? 0 : 1;
                if (frame == 0) {
                    ids[slot] = t.id();
                }
                assertEquals(ids[slot], t.id());
                if (t.confirmedNow()) {
                    confirmed.add(t);
                }
            }
        }
        assertNotEquals(ids[0], ids[1]);
        assertEquals(2, confirmed.size());
        assertEquals(List.of(Track.State.KNOWN, Track.State.UNKNOWN),
                confirmed.stream().sorted((a, b) -> Float.compare(a.box().x(), b.box().x())).map(Track::state).toList());
    }

    @Test
    void aFaceLostForTooLongComesBackAsANewTrack() {
        FaceTracker shortMemory = new FaceTracker(3, 2, 0.3f);
        long first = shortMemory.update(List.of(sighting(100, 100, known(1, 0.7f)))).get(0).id();
        shortMemory.update(List.of());
        shortMemory.update(List.of());
        assertEquals(first, shortMemory.update(List.of(sighting(100, 100, known(1, 0.7f)))).get(0).id());
        for (int i = 0; i < 3; i++) {
            shortMemory.update(List.of());
        }
        assertNotEquals(first, shortMemory.update(List.of(sighting(100, 100, known(1, 0.7f)))).get(0).id());
    }

    @Test
    void aFaceThatJumpsAcrossTheFrameIsAnotherTrack() {
        long first = single(sighting(0, 0, known(1, 0.7f))).id();
        assertNotEquals(first, single(sighting(300, 0, known(1, 0.7f))).id());
    }

    private Track single(Sighting sighting) {
        List<Track> tracks = tracker.update(List.of(sighting));
        assertEquals(1, tracks.size());
        return tracks.get(0);
    }

    private static Sighting sighting(float x, float y, Match match) {
        return new Sighting(new Box(x, y, 100, 100), match);
    }

    private static Match known(long personId, float score) {
        return new Match(personId, score, score >= THRESHOLD);
    }

    private static Match unknown() {
        return new Match(99, 0.1f, false);
    }
}
