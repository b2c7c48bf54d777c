package org.gatepass.gate.internal;

import java.time.Duration;
import java.time.Instant;

/** Frames per second, smoothed so that a live view's figure does not flicker. */
final class FrameRate {
    private static final double SMOOTHING = 0.1;
    private Instant previous;
    private double perSecond;

    synchronized double tick(Instant at) {
        if (previous != null) {
            double seconds = Duration.between(previous, at).toNanos() / 1e9;
            if (seconds > 0) {
                perSecond = perSecond == 0 ? 1 / seconds : perSecond + SMOOTHING * (1 / seconds - perSecond);
            }
        }
        previous = at;
        return perSecond;
    }
}
