package org.gatepass.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
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
            Match match = gallery.match(noisy(people[p], 0.8f), 0.3f);
            assertEquals(OptionalLong.of(1_000 + p), match.personId());
            assertTrue(match.score() > 0.5f, "score " + match.score());
        }
        Match stranger = gallery.match(randomEmbedding(), 0.3f);
        assertFalse(stranger.known());
        assertTrue(stranger.personId().isEmpty());
        assertTrue(stranger.score() < 0.3f);
    }

    /** Search time over 100,000 templates is measured by the vision bench (docs/performance.md), not here. */
    @Test
    void findsTheOneMatchingTemplateAmongAHundredThousand() {
        FaceGallery gallery = new FaceGallery("m", DIMENSION);
        Embedding target = randomEmbedding();
        for (int t = 0; t < 100_000; t++) {
            gallery.add(t, t == 77_777 ? target : randomEmbedding());
        }
        Match match = gallery.match(target, 0.3f);
        assertEquals(77_777, match.nearestPersonId());
        assertTrue(match.known());
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
        Match best = gallery.match(face, 0.9f);
        assertEquals(7, best.nearestPersonId());
        assertEquals(1, best.score(), 1e-5f);
        assertTrue(best.known());

        assertEquals(3, gallery.removePerson(7));
        assertEquals(1, gallery.size());
        assertEquals(8, gallery.match(face, 0.9f).nearestPersonId());
        assertFalse(gallery.match(face, 0.9f).known());
        gallery.removePerson(8);
        assertEquals(Match.NOBODY_ENROLLED, gallery.match(face, 0.3f));
    }

    @Test
    void refusesTemplatesOfAnotherModelOrSize() {
        FaceGallery gallery = new FaceGallery("fr-feature", 4);
        assertThrows(IllegalArgumentException.class, () -> gallery.add(1, new Embedding("sface", new float[] {1, 0, 0, 0})));
        assertThrows(IllegalArgumentException.class, () -> gallery.add(1, new Embedding("fr-feature", new float[] {1, 0, 0})));
        assertThrows(IllegalArgumentException.class, () -> gallery.match(new Embedding("sface", new float[] {1, 0, 0, 0}), 0));
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
        Match match = gallery.match(new Embedding("m", probe), 0.5f);
        assertEquals(5, match.nearestPersonId());
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
