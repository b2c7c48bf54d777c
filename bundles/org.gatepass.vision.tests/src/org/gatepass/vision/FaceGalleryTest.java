package org.gatepass.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FaceGalleryTest {
    private static final int DIMENSION = 512;
    /** The largest error of a quantised score measured by the gallery bench is 0.0023; the test allows twice that. */
    private static final float QUANTISATION_ERROR = 0.005f;
    private final Random random = new Random(42);

    @Test
    void findsTheRightPersonAmongManyWithAScoreCloseToTheExactCosine() {
        FaceGallery gallery = new FaceGallery("m", DIMENSION);
        Embedding[] people = new Embedding[20_000];
        for (int p = 0; p < people.length; p++) {
            people[p] = randomEmbedding();
            gallery.add(1_000 + p, people[p]);
        }
        for (int p : new int[] {0, 1, 9_999, 12_345, 19_999}) {
            for (float similarity : new float[] {0.35f, 0.5f, 0.8f}) {
                Embedding probe = seenAgain(people[p], similarity);
                List<Candidate> nearest = gallery.nearest(probe, 2);
                assertEquals(1_000 + p, nearest.get(0).personId());
                assertEquals(probe.similarity(people[p]), nearest.get(0).score(), QUANTISATION_ERROR);
                Embedding second = people[(int) nearest.get(1).personId() - 1_000];
                assertEquals(probe.similarity(second), nearest.get(1).score(), QUANTISATION_ERROR);
            }
        }
        Embedding stranger = randomEmbedding();
        Candidate nearestToStranger = gallery.nearest(stranger, 1).get(0);
        assertTrue(nearestToStranger.score() < 0.3f, nearestToStranger.toString());
        assertEquals(stranger.similarity(people[(int) nearestToStranger.personId() - 1_000]), nearestToStranger.score(), QUANTISATION_ERROR);
    }

    /** Large enough for the search to be shared between threads. Its time is measured by the gallery bench (docs/performance.md). */
    @Test
    void findsTheOneMatchingTemplateAmongAHundredThousand() {
        FaceGallery gallery = new FaceGallery("m", DIMENSION);
        Embedding target = randomEmbedding();
        for (int t = 0; t < 100_000; t++) {
            gallery.add(t, t == 77_777 ? target : randomEmbedding());
        }
        Candidate best = gallery.nearest(target, 1).get(0);
        assertEquals(77_777, best.personId());
        assertEquals(1, best.score(), QUANTISATION_ERROR);
        assertEquals(100_000, gallery.size());
        assertEquals(100_000, gallery.persons());
    }

    @Test
    void nearestPersonsAreDistinctBestFirstEachWithTheirBestTemplate() {
        FaceGallery gallery = new FaceGallery("m", DIMENSION);
        Embedding face = randomEmbedding();
        // Person 7 has three templates near the face, person 8 two a little farther, person 9 one farther still.
        for (float similarity : new float[] {0.7f, 0.9f, 0.8f}) {
            gallery.add(7, seenAgain(face, similarity));
        }
        for (float similarity : new float[] {0.6f, 0.65f}) {
            gallery.add(8, seenAgain(face, similarity));
        }
        gallery.add(9, seenAgain(face, 0.5f));
        for (int stranger = 100; stranger < 200; stranger++) {
            gallery.add(stranger, randomEmbedding());
        }

        List<Candidate> nearest = gallery.nearest(face, 3);
        assertEquals(List.of(7L, 8L, 9L), nearest.stream().map(Candidate::personId).toList());
        assertEquals(0.9f, nearest.get(0).score(), 0.05f);
        assertEquals(0.65f, nearest.get(1).score(), 0.05f);
        assertTrue(nearest.get(0).score() > nearest.get(1).score() && nearest.get(1).score() > nearest.get(2).score());
        assertEquals(List.of(7L, 8L), gallery.nearest(face, 2).stream().map(Candidate::personId).toList());
        assertEquals(103, gallery.persons());
        assertEquals(106, gallery.size());
    }

    @Test
    void removalForgetsEveryTemplateOfThePerson() {
        FaceGallery gallery = new FaceGallery("m", DIMENSION);
        Embedding face = randomEmbedding();
        gallery.add(7, randomEmbedding());
        gallery.add(7, face);
        gallery.add(8, seenAgain(face, 0.5f));
        gallery.add(7, randomEmbedding());
        assertEquals(2, gallery.persons());

        assertEquals(3, gallery.removePerson(7));
        assertEquals(0, gallery.removePerson(7));
        assertEquals(1, gallery.size());
        assertEquals(1, gallery.persons());
        assertEquals(List.of(8L), gallery.nearest(face, 2).stream().map(Candidate::personId).toList());
        gallery.removePerson(8);
        assertEquals(List.of(), gallery.nearest(face, 2));
        assertEquals(0, gallery.persons());
        gallery.add(9, face);
        assertEquals(9, gallery.nearest(face, 1).get(0).personId());
    }

    @Test
    void removalFromFullSegmentsKeepsEveryoneElse() {
        FaceGallery gallery = new FaceGallery("m", DIMENSION);
        Embedding[] people = new Embedding[5_000];
        for (int p = 0; p < people.length; p++) {
            people[p] = randomEmbedding();
            gallery.add(p, people[p]);
        }
        for (int p = 0; p < people.length; p += 3) {
            assertEquals(1, gallery.removePerson(p));
        }
        assertEquals(5_000 - 1_667, gallery.persons());
        for (int p : new int[] {0, 1, 2, 1_023, 1_024, 2_048, 4_999}) {
            long nearest = gallery.nearest(people[p], 1).get(0).personId();
            assertEquals(p % 3 != 0, nearest == p, p + " removed: " + (p % 3 == 0) + ", nearest " + nearest);
        }
        gallery.add(0, people[0]);
        assertEquals(0, gallery.nearest(people[0], 1).get(0).personId());
    }

    @Test
    void refusesTemplatesOfAnotherModelOrSize() {
        FaceGallery gallery = new FaceGallery("fr-feature", 4);
        assertThrows(IllegalArgumentException.class, () -> gallery.add(1, new Embedding("sface", new float[] {1, 0, 0, 0})));
        assertThrows(IllegalArgumentException.class, () -> gallery.add(1, new Embedding("fr-feature", new float[] {1, 0, 0})));
        assertThrows(IllegalArgumentException.class, () -> gallery.nearest(new Embedding("sface", new float[] {1, 0, 0, 0}), 1));
        assertThrows(IllegalArgumentException.class, () -> gallery.nearest(new Embedding("fr-feature", new float[] {1, 0, 0, 0}), 0));
    }

    @Test
    void handlesDimensionsThatAreNotAMultipleOfEight() {
        FaceGallery gallery = new FaceGallery("m", 13);
        float[] v = new float[13];
        v[12] = 1;
        gallery.add(5, new Embedding("m", v));
        v[12] = 0;
        v[0] = 1;
        gallery.add(6, new Embedding("m", v));
        float[] probe = new float[13];
        probe[12] = 1;
        List<Candidate> nearest = gallery.nearest(new Embedding("m", probe), 2);
        assertEquals(5, nearest.get(0).personId());
        assertEquals(1, nearest.get(0).score(), 1e-6f);
        assertEquals(0, nearest.get(1).score(), 1e-6f);
    }

    private Embedding randomEmbedding() {
        float[] v = new float[DIMENSION];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return new Embedding("m", v);
    }

    /** The same face seen again: a vector whose cosine to {@code face} is about {@code similarity}. */
    private Embedding seenAgain(Embedding face, float similarity) {
        float[] v = face.vector();
        float[] noise = randomEmbedding().vector();
        float keep = similarity, add = (float) Math.sqrt(1 - similarity * similarity);
        for (int i = 0; i < v.length; i++) {
            v[i] = keep * v[i] + add * noise[i];
        }
        return new Embedding("m", v);
    }
}
