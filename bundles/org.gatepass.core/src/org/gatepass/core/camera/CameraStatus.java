package org.gatepass.core.camera;

import java.time.Instant;
import java.util.Objects;

/**
 * What a camera source is doing, since when, and why when it delivers nothing.
 *
 * @param reason empty while stopped, connecting or live; otherwise what went wrong, for a person to read
 * @param since  when the source entered this state; a changed reason in the same state keeps the time
 */
public record CameraStatus(State state, String reason, Instant since) {

    public enum State {
        /** Not started, or stopped. */
        STOPPED,
        /** Started; opening the camera for the first time. */
        CONNECTING,
        /** Frames are arriving. */
        LIVE,
        /** Started, but the camera could not be opened yet; retrying. */
        NOT_AVAILABLE,
        /** The camera was live and was lost; retrying. */
        DISCONNECTED
    }

    public CameraStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(since, "since");
        boolean failed = state == State.NOT_AVAILABLE || state == State.DISCONNECTED;
        if (failed == reason.isBlank()) {
            throw new IllegalArgumentException(failed ? state + " needs a reason" : state + " has no reason");
        }
    }

    public static CameraStatus stopped(Instant since) {
        return new CameraStatus(State.STOPPED, "", since);
    }

    public static CameraStatus connecting(Instant since) {
        return new CameraStatus(State.CONNECTING, "", since);
    }

    public static CameraStatus live(Instant since) {
        return new CameraStatus(State.LIVE, "", since);
    }

    public static CameraStatus notAvailable(String reason, Instant since) {
        return new CameraStatus(State.NOT_AVAILABLE, reason, since);
    }

    public static CameraStatus disconnected(String reason, Instant since) {
        return new CameraStatus(State.DISCONNECTED, reason, since);
    }

    @Override
    public String toString() {
        return reason.isEmpty() ? state + " since " + since : state + " since " + since + ": " + reason;
    }
}
