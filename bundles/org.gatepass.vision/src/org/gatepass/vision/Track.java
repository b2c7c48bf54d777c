package org.gatepass.vision;

/**
 * A face followed across frames. {@code personId} is the confirmed person when the state is
 * {@link State#KNOWN} and -1 otherwise; {@code score} is the mean similarity of the frames that
 * confirmed it. {@code confirmedNow} is true in exactly one update per track: the one that confirmed
 * it, which is when to act (open the gate, raise the stranger alert).
 */
public record Track(long id, Box box, State state, long personId, float score, boolean confirmedNow) {

    public enum State {
        /** Not yet enough agreeing frames. */
        PENDING,
        /** Confirmed as an enrolled person. */
        KNOWN,
        /** Confirmed as nobody enrolled. */
        UNKNOWN
    }
}
