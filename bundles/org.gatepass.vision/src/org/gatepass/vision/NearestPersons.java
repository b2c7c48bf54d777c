package org.gatepass.vision;

import java.util.ArrayList;
import java.util.List;

/** The best {@code count} distinct persons seen so far, best first; a person keeps their best score. */
final class NearestPersons {
    private final long[] personIds;
    private final float[] scores;
    private int size;

    NearestPersons(int count) {
        personIds = new long[count];
        scores = new float[count];
    }

    /** The score a template must beat to change anything: cheap to test for every template. */
    float floor() {
        return size < scores.length ? Float.NEGATIVE_INFINITY : scores[size - 1];
    }

    void offer(long personId, float score) {
        if (score <= floor()) {
            return;
        }
        int at = indexOf(personId);
        if (at < 0) {
            at = size < scores.length ? size++ : size - 1;
        } else if (scores[at] >= score) {
            return;
        }
        // Move worse entries down one place until the new score's place is found.
        while (at > 0 && scores[at - 1] < score) {
            personIds[at] = personIds[at - 1];
            scores[at] = scores[at - 1];
            at--;
        }
        personIds[at] = personId;
        scores[at] = score;
    }

    void offerAll(NearestPersons other) {
        for (int i = 0; i < other.size; i++) {
            offer(other.personIds[i], other.scores[i]);
        }
    }

    List<Candidate> toList() {
        List<Candidate> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(new Candidate(personIds[i], scores[i]));
        }
        return List.copyOf(list);
    }

    private int indexOf(long personId) {
        for (int i = 0; i < size; i++) {
            if (personIds[i] == personId) {
                return i;
            }
        }
        return -1;
    }
}
