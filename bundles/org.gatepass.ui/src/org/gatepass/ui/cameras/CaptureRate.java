package org.gatepass.ui.cameras;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import org.gatepass.core.camera.Frame;

/**
 * The rate a camera captures at, from the sequence numbers of the frames a viewer got over the last two seconds:
 * right even when the viewer skipped frames.
 */
final class CaptureRate {
    private static final Duration WINDOW = Duration.ofSeconds(2);
    private final Deque<Frame> recent = new ArrayDeque<>();

    synchronized void add(Frame frame) {
        if (!recent.isEmpty() && frame.sequence() <= recent.peekLast().sequence()) {
            recent.clear(); // the camera was started again
        }
        recent.addLast(frame);
        Instant oldest = frame.capturedAt().minus(WINDOW);
        while (recent.size() > 2 && recent.peekFirst().capturedAt().isBefore(oldest)) {
            recent.removeFirst();
        }
    }

    /** Frames per second, 0 until two frames arrived. */
    synchronized double perSecond() {
        if (recent.size() < 2) {
            return 0;
        }
        Frame first = recent.peekFirst();
        Frame last = recent.peekLast();
        long nanos = Duration.between(first.capturedAt(), last.capturedAt()).toNanos();
        return nanos <= 0 ? 0 : (last.sequence() - first.sequence()) * 1e9 / nanos;
    }
}
