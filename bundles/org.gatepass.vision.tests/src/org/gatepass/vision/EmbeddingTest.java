package org.gatepass.vision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EmbeddingTest {

    @Test
    void normalisesToUnitLengthAndKeepsItsOwnCopy() {
        float[] raw = {3, 0, 4, 0, 0, 0, 0, 0};
        Embedding e = new Embedding("m", raw);
        raw[0] = 100;
        assertArrayEquals(new float[] {0.6f, 0, 0.8f, 0, 0, 0, 0, 0}, e.vector(), 1e-6f);
        e.vector()[0] = 7;
        assertEquals(0.6f, e.vector()[0], 1e-6f);
        assertEquals(1f, e.similarity(new Embedding("m", new float[] {6, 0, 8, 0, 0, 0, 0, 0})), 1e-6f);
    }

    @Test
    void refusesZeroVectorsAndComparisonsAcrossModels() {
        assertThrows(IllegalArgumentException.class, () -> new Embedding("m", new float[4]));
        assertThrows(IllegalArgumentException.class, () -> new Embedding("m", new float[] {Float.NaN, 1}));
        Embedding a = new Embedding("fr-feature", new float[] {1, 0});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> a.similarity(new Embedding("sface", new float[] {1, 0})));
        assertEquals("Embeddings of model fr-feature (2-d) cannot be compared with those of sface (2-d)", e.getMessage());
    }

    @Test
    void theMeanOfSeveralIsUnitLengthBetweenThemAndRefusesMixedModels() {
        Embedding mean = Embedding.mean(java.util.List.of(new Embedding("m", new float[] {1, 0}), new Embedding("m", new float[] {0, 1})));
        assertEquals(0.7071f, mean.vector()[0], 1e-4f);
        assertEquals(0.7071f, mean.vector()[1], 1e-4f);
        assertThrows(IllegalArgumentException.class,
                () -> Embedding.mean(java.util.List.of(new Embedding("m", new float[] {1, 0}), new Embedding("other", new float[] {0, 1}))));
        assertThrows(IllegalArgumentException.class, () -> Embedding.mean(java.util.List.of()));
    }
}
