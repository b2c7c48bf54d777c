package org.gatepass.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FaceGalleryTest {
    private static final int DIMENSION = 512;
    private final Random random = new Random(42);

    @Test
    void findsTheRightPersonAmongManyAndSaysUnknownBelowTheThreshold() {
        FaceGallery gallery = new FaceGallery("m", DIMENSION);
        Embedding[] people = new Embedding[20_000];
        for (int p = 0; p < people.length; p++) {
            people[p] = randomEmbedding();
            gallery.add(1_000 + p, people[p]);
        }
        for (int p : new int[] {0, 1, 9_999, 12_345, 19_999}) {
            Candidate match = gallery.nearest(noisy(people[p], 0.8f), 1).get(0);
            assertEquals(1_000 + p, match.personId());
            assertTrue(match.score() > 0.5f, "score " + match.score());
        }
        List<Candidate> stranger = gallery.nearest(randomEmbedding(), 2);
        assertEquals(2, stranger.size());
        assertTrue(stranger.get(0).score() < 0.3f);
        assertTrue(stranger.get(1).score() <= stranger.get(0).score());
    }

    /** Search time over 100,000 templates is measured by the vision bench (docs/performance.md), not here. */
    @Test
    void findsTheOneMatchingTemplateAmongAHundredThousand() {
        FaceGallery gallery = new FaceGallery("m", DIMENSION);
        Embedding target = randomEmbedding();
        for (int t = 0; t < 100_000; t++) {
            gallery.add(t, t == 77_777 ? target : randomEmbedding());
        }
        Candidate match = gallery.nearest(target, 1).get(0);
        assertEquals(77_777, match.personId());
        assertEquals(1, match.score(), 1e-5f);
    }

    @Test
    void bestTemplateOfAPersonCountsAndRemovalForgetsThemAll() {
        FaceGallery gallery = new FaceGallery("m", DIMENSION);
        Embedding face = randomEmbedding();
        gallery.add(7, randomEmbedding());
        gallery.add(7, face);
        gallery.add(8, randomEmbedding());
        gallery.add(7, randomEmbedding());
        List<Candidate> nearest = gallery.nearest(face, 5);
        assertEquals(List.of(7L, 8L), nearest.stream().map(Candidate::personId).toList(), "each person once, best first");
        assertEquals(1, nearest.get(0).score(), 1e-5f);
        assertEquals(2, gallery.persons());

        assertEquals(3, gallery.removePerson(7));
        assertEquals(1, gallery.size());
        assertEquals(1, gallery.persons());
        assertEquals(8, gallery.nearest(face, 1).get(0).personId());
        gallery.removePerson(8);
        assertEquals(List.of(), gallery.nearest(face, 2));
    }

    @Test
    void refusesTemplatesOfAnotherModelOrSize() {
        FaceGallery gallery = new FaceGallery("fr-feature", 4);
        assertThrows(IllegalArgumentException.class, () -> gallery.add(1, new Embedding("sface", new float[] {1, 0, 0, 0})));
        assertThrows(IllegalArgumentException.class, () -> gallery.add(1, new Embedding("fr-feature", new float[] {1, 0, 0})));
        assertThrows(IllegalArgumentException.class, () -> gallery.nearest(new Embedding("sface", new float[] {1, 0, 0, 0}), 1));
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
        Candidate match = gallery.nearest(new Embedding("m", probe), 1).get(0);
        assertEquals(5, match.personId());
        assertEquals(1, match.score(), 1e-6f);
    }

    private Embedding randomEmbedding() {
        float[] v = new float[DIMENSION];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return new Embedding("m", v);
    }

    /** The same face seen again: {@code similarity} of the original plus fresh noise. */
    private Embedding noisy(Embedding face, float similarity) {
        float[] v = face.vector();
        float[] noise = randomEmbedding().vector();
        float keep = similarity, add = (float) Math.sqrt(1 - similarity * similarity);
        for (int i = 0; i < v.length; i++) {
            v[i] = keep * v[i] + add * noise[i];
        }
        return new Embedding("m", v);
    }
}
