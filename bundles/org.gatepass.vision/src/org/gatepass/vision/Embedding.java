package org.gatepass.vision;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A face's feature vector, scaled to unit length, and the id of the model that made it. Vectors of
 * different models are not comparable, so every comparison checks the model id.
 */
public record Embedding(String modelId, float[] vector) {

    /** Copies and normalises {@code vector}; a zero or non-finite vector is refused. */
    public Embedding {
        Objects.requireNonNull(modelId, "modelId");
        vector = vector.clone();
        double sumOfSquares = 0;
        for (float v : vector) {
            sumOfSquares += v * v;
        }
        if (!(sumOfSquares > 0) || Double.isInfinite(sumOfSquares)) {
            throw new IllegalArgumentException("An embedding needs a finite, non-zero vector (model " + modelId + ")");
        }
        float inverseLength = (float) (1 / Math.sqrt(sumOfSquares));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= inverseLength;
        }
    }

    /** A copy of the unit-length vector. */
    @Override
    public float[] vector() {
        return vector.clone();
    }

    public int dimension() {
        return vector.length;
    }

    /** Cosine similarity, from -1 to 1; higher means more alike. */
    public float similarity(Embedding other) {
        requireComparable(other.modelId, other.vector.length);
        float sum = 0;
        for (int i = 0; i < vector.length; i++) {
            sum += vector[i] * other.vector[i];
        }
        return sum;
    }

    void requireComparable(String otherModelId, int otherDimension) {
        if (!modelId.equals(otherModelId) || vector.length != otherDimension) {
            throw new IllegalArgumentException("Embeddings of model " + modelId + " (" + vector.length
                    + "-d) cannot be compared with those of " + otherModelId + " (" + otherDimension + "-d)");
        }
    }

    /** The unit-length mean of embeddings of one model, e.g. of the pictures enrolled together. */
    public static Embedding mean(List<Embedding> embeddings) {
        if (embeddings.isEmpty()) {
            throw new IllegalArgumentException("The mean of no embeddings is undefined");
        }
        Embedding first = embeddings.get(0);
        float[] sum = new float[first.dimension()];
        for (Embedding e : embeddings) {
            e.requireComparable(first.modelId, first.dimension());
            e.addTo(sum, 1);
        }
        return new Embedding(first.modelId, sum);
    }

    /** Adds this vector, times {@code weight}, to {@code sum} (of the same dimension). */
    void addTo(float[] sum, float weight) {
        if (sum.length != vector.length) {
            throw new IllegalArgumentException("Cannot add a " + vector.length + "-d embedding to a " + sum.length + "-d sum");
        }
        for (int i = 0; i < vector.length; i++) {
            sum[i] += weight * vector[i];
        }
    }

    void copyTo(float[] target, int offset) {
        System.arraycopy(vector, 0, target, offset, vector.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Embedding e && modelId.equals(e.modelId) && Arrays.equals(vector, e.vector);
    }

    @Override
    public int hashCode() {
        return 31 * modelId.hashCode() + Arrays.hashCode(vector);
    }

    @Override
    public String toString() {
        return "Embedding[" + modelId + ", " + vector.length + "-d]";
    }
}
