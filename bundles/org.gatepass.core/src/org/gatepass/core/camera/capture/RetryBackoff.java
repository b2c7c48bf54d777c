package org.gatepass.core.camera.capture;

import java.time.Duration;

/** Pauses between reconnection attempts: doubling from the first pause up to a cap, back to the first after success. */
final class RetryBackoff {
    private final Duration first;
    private final Duration cap;
    private Duration next;

    RetryBackoff(Duration first, Duration cap) {
        this.first = first;
        this.cap = cap;
        this.next = first;
    }

    Duration next() {
        Duration pause = next;
        next = pause.multipliedBy(2).compareTo(cap) > 0 ? cap : pause.multipliedBy(2);
        return pause;
    }

    void reset() {
        next = first;
    }
}
