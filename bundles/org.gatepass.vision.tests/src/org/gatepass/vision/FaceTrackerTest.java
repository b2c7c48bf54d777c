package org.gatepass.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FaceTrackerTest {
    private static final float FACE = 120;
    private final Random random = new Random(7);
    /** The enrolled faces the identifier knows, by person id. */
    private final Map<Long, Embedding> enrolled = new HashMap<>();
    private final List<Embedding> asked = new ArrayList<>();
    private boolean galleryLoaded = true;
    private final FaceTracker tracker = new FaceTracker(3, 10, this::identify);

    @Test
    void decidesAPersonOnceOnTheFusedEvidenceOfThreeFrames() {
        Embedding alice = enrol(42);
        List<Track> decided = new ArrayList<>();
        for (int frame = 0; frame < 10; frame++) {
            Track t = single(face(100 + 2 * frame, 100, seen(alice)));
            assertEquals(frame < 2 ? Track.State.PENDING : Track.State.KNOWN, t.state(), "frame " + frame);
            if (t.confirmedNow()) {
                decided.add(t);
            }
        }
        assertEquals(1, decided.size());
        assertEquals(42, decided.get(0).personId());
        assertEquals(1, asked.size(), "asked once, on the evidence of the track");
        assertTrue(asked.get(0).similarity(alice) > 0.9f, "three noisy frames fused lie closer to the face than one");
    }

    @Test
    void aDecidedFaceIsEmbeddedOnlyNowAndThenToCheckItIsStillTheSamePerson() {
        Embedding alice = enrol(42);
        Box next = new Box(100, 100, FACE, FACE);
        assertTrue(tracker.wantsEvidence(next), "nobody followed yet");
        for (int frame = 0; frame < 3; frame++) {
            assertTrue(tracker.wantsEvidence(next), "pending: evidence wanted");
            single(face(100, 100, seen(alice)));
        }
        List<Boolean> wanted = new ArrayList<>();
        for (int frame = 0; frame < 6; frame++) {
            boolean embed = tracker.wantsEvidence(next);
            wanted.add(embed);
            single(face(100, 100, embed ? seen(alice) : null));
        }
        assertEquals(List.of(false, false, false, false, false, true), wanted, "checked again every fifth frame");
        assertTrue(tracker.wantsEvidence(new Box(600, 300, FACE, FACE)), "a face elsewhere is somebody new");
        tracker.update(List.of());
        assertTrue(tracker.wantsEvidence(next), "after a missed frame the face might be somebody else");
    }

    @Test
    void aStrangerIsDecidedUnknownOnce() {
        enrol(42);
        Embedding stranger = randomFace();
        List<Track> tracks = new ArrayList<>();
        for (int frame = 0; frame < 6; frame++) {
            tracks.add(single(face(300, 100, seen(stranger))));
        }
        assertEquals(List.of(false, false, true, false, false, false), tracks.stream().map(Track::confirmedNow).toList());
        assertEquals(Track.State.UNKNOWN, tracks.get(5).state());
        assertEquals(-1, tracks.get(5).personId());
    }

    @Test
    void framesWithoutAUsableFaceKeepTheTrackButAreNoEvidence() {
        Embedding alice = enrol(42);
        single(face(100, 100, seen(alice)));
        single(face(100, 100, null));
        Track t = single(face(100, 100, seen(alice)));
        assertEquals(Track.State.PENDING, t.state());
        t = single(face(100, 100, seen(alice)));
        assertTrue(t.confirmedNow());
    }

    @Test
    void waitsWhileTheGalleryCannotBeAskedAndDecidesOnceItCan() {
        Embedding alice = enrol(42);
        galleryLoaded = false;
        for (int frame = 0; frame < 5; frame++) {
            assertEquals(Track.State.PENDING, single(face(100, 100, seen(alice))).state());
        }
        galleryLoaded = true;
        Track t = single(face(100, 100, seen(alice)));
        assertTrue(t.confirmedNow());
        assertEquals(42, t.personId());
    }

    @Test
    void aBriskWalkerWhoseFaceMovesMoreThanItsWidthBetweenFramesStaysOneTrack() {
        Embedding alice = enrol(42);
        List<Track> tracks = new ArrayList<>();
        for (int frame = 0; frame < 5; frame++) {
            tracks.add(single(face(frame * 128, 180, seen(alice))));
        }
        assertEquals(1, tracks.stream().map(Track::id).distinct().count(), "one walk, one track");
        assertEquals(1, tracks.stream().filter(Track::confirmedNow).count());
    }

    @Test
    void aWalkerSeenInTooFewFramesIsDecidedOnThemWhenTheTrackEnds() {
        Embedding alice = enrol(42);
        long id = single(face(100, 180, seen(alice))).id();
        single(face(200, 180, seen(alice)));
        for (int missed = 0; missed < 10; missed++) {
            assertEquals(List.of(), tracker.update(List.of()), "the track may still come back");
        }
        List<Track> ended = tracker.update(List.of());
        assertEquals(1, ended.size());
        assertEquals(id, ended.get(0).id());
        assertTrue(ended.get(0).confirmedNow());
        assertEquals(42, ended.get(0).personId());
        assertEquals(List.of(), tracker.update(List.of()), "decided once");
    }

    @Test
    void aTrackWithoutAnyUsableFrameEndsUndecided() {
        single(face(100, 180, null));
        for (int missed = 0; missed < 12; missed++) {
            assertEquals(List.of(), tracker.update(List.of()));
        }
        assertEquals(List.of(), asked);
    }

    @Test
    void aFaceMissedForAFewFramesIsFoundWhereItsMotionTookIt() {
        Embedding alice = enrol(42);
        long id = single(face(0, 180, seen(alice))).id();
        assertEquals(id, single(face(80, 180, seen(alice))).id());
        for (int missed = 0; missed < 3; missed++) {
            assertEquals(List.of(), tracker.update(List.of()));
        }
        // four frames on at 80 px per frame
        assertEquals(id, single(face(400, 180, seen(alice))).id());
    }

    @Test
    void twoPeopleWhoCrossKeepTheirOwnTracksAndNames() {
        Embedding alice = enrol(1);
        Embedding bob = enrol(2);
        Map<Long, Long> personOfTrack = new HashMap<>();
        Map<Long, Long> trackOfPerson = new HashMap<>();
        for (int frame = 0; frame < 9; frame++) {
            // Alice walks right, Bob left, on almost the same line; they pass each other at frame 4
            List<ObservedFace> faces = new ArrayList<>(List.of(face(40 + 70 * frame, 180, seen(alice)), face(600 - 70 * frame, 190, seen(bob))));
            if (frame % 2 == 1) {
                faces = faces.reversed();
            }
            List<Track> tracks = tracker.update(faces);
            for (int i = 0; i < 2; i++) {
                long person = faces.get(i).embedding().similarity(alice) > 0.5f ? 1 : 2;
                Long previous = trackOfPerson.putIfAbsent(person, tracks.get(i).id());
                assertTrue(previous == null || previous == tracks.get(i).id(), "frame " + frame + ": person " + person + " changed track");
                if (tracks.get(i).state() == Track.State.KNOWN) {
                    personOfTrack.put(tracks.get(i).id(), tracks.get(i).personId());
                }
            }
        }
        assertNotEquals(trackOfPerson.get(1L), trackOfPerson.get(2L));
        assertEquals(1L, personOfTrack.get(trackOfPerson.get(1L)));
        assertEquals(2L, personOfTrack.get(trackOfPerson.get(2L)));
    }

    @Test
    void somebodyElseStandingWhereAFaceJustWasStartsANewTrack() {
        Embedding alice = enrol(1);
        Embedding bob = enrol(2);
        Track first = null;
        for (int frame = 0; frame < 4; frame++) {
            first = single(face(200, 180, seen(alice)));
        }
        Track next = single(face(205, 180, seen(bob)));
        assertNotEquals(first.id(), next.id());
        assertEquals(Track.State.PENDING, next.state());
        assertNull(next.identity());
    }

    private Optional<Identity> identify(Embedding evidence) {
        if (!galleryLoaded) {
            return Optional.empty();
        }
        asked.add(evidence);
        List<Candidate> nearest = enrolled.entrySet().stream().map(e -> new Candidate(e.getKey(), e.getValue().similarity(evidence)))
                .sorted((a, b) -> Float.compare(b.score(), a.score())).toList();
        return Optional.of(OpenSetPolicy.DEFAULT.decide(nearest, enrolled.size(), OpenSetCalibration.fixed(0.5f)));
    }

    private Embedding enrol(long personId) {
        Embedding face = randomFace();
        enrolled.put(personId, face);
        return face;
    }

    private Track single(ObservedFace face) {
        List<Track> tracks = tracker.update(List.of(face));
        assertEquals(1, tracks.size());
        return tracks.get(0);
    }

    private static ObservedFace face(float x, float y, Embedding embedding) {
        Landmarks landmarks = new Landmarks(new Point(x + 40, y + 50), new Point(x + 80, y + 50), new Point(x + 60, y + 70),
                new Point(x + 45, y + 90), new Point(x + 75, y + 90));
        return new ObservedFace(new Box(x, y, FACE, FACE), 0.9f, landmarks,
                embedding == null ? QualityVerdict.rejected(QualityVerdict.Issue.BLURRED, "blurred") : QualityVerdict.ACCEPTED, embedding);
    }

    /** The face as one frame shows it: similar to, not the same as, the enrolled one. */
    private Embedding seen(Embedding face) {
        float[] v = face.vector();
        float[] noise = randomFace().vector();
        for (int i = 0; i < v.length; i++) {
            v[i] = 0.85f * v[i] + 0.53f * noise[i];
        }
        return new Embedding("m", v);
    }

    private Embedding randomFace() {
        float[] v = new float[512];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return new Embedding("m", v);
    }
}
