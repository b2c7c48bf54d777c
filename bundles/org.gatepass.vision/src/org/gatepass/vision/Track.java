package org.gatepass.vision;

/**
 * A face followed across frames. {@code identity} is null while the track is {@link State#PENDING} and
 * the open-set answer on all the evidence gathered until then otherwise. {@code confirmedNow} is true in
 * exactly one update per track: the one that decided it, which is when to act (open the gate, raise the
 * stranger alert).
 */
public record Track(long id, Box box, State state, Identity identity, boolean confirmedNow) {

    public enum State {
        /** Not yet enough evidence. */
        PENDING,
        /** Decided: an enrolled person. */
        KNOWN,
        /** Decided: nobody enrolled. */
        UNKNOWN
    }

    /** The decided person, -1 unless the track is {@link State#KNOWN}. */
    public long personId() {
        return state == State.KNOWN ? identity.personId() : -1;
    }

    /** The best person's similarity to the track's evidence once decided, 0 while pending. */
    public float score() {
        return identity == null ? 0 : identity.score();
    }
}
