package org.gatepass.camera.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gatepass.core.camera.Frame;
import org.gatepass.core.camera.FrameSink;

/** Keeps every frame it receives with the time it arrived; optionally takes a while per frame, like a real consumer. */
public final class RecordingSink implements FrameSink {
    /** A frame and when the sink got it. */
    public record Delivery(Frame frame, Instant receivedAt) {
    }

    private final Duration workPerFrame;
    private final List<Delivery> deliveries = new ArrayList<>();

    public RecordingSink() {
        this(Duration.ZERO);
    }

    public RecordingSink(Duration workPerFrame) {
        this.workPerFrame = workPerFrame;
    }

    @Override
    public void accept(Frame frame) {
        synchronized (this) {
            deliveries.add(new Delivery(frame, Instant.now()));
            notifyAll();
        }
        if (workPerFrame.isPositive()) {
            try {
                Thread.sleep(workPerFrame);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public synchronized List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    public synchronized List<Frame> frames() {
        return deliveries.stream().map(Delivery::frame).toList();
    }

    public synchronized int count() {
        return deliveries.size();
    }

    /** Waits until {@code count} frames arrived in all and returns them. */
    public synchronized List<Frame> awaitFrames(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long remaining;
        while (deliveries.size() < count && (remaining = deadline - System.nanoTime()) > 0) {
            wait(Math.max(1, remaining / 1_000_000));
        }
        if (deliveries.size() < count) {
            throw new AssertionError("Only " + deliveries.size() + " of " + count + " frames arrived within " + timeout);
        }
        return frames();
    }

    /**
     * Waits until two frames in a row were captured less than {@code gap} apart (a rate change taking effect);
     * fails with {@code what} after {@code timeout}.
     */
    public synchronized void awaitFramesCloserThan(Duration gap, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long remaining;
        while (!newestTwoCloserThan(gap) && (remaining = deadline - System.nanoTime()) > 0) {
            wait(Math.max(1, remaining / 1_000_000));
        }
        if (!newestTwoCloserThan(gap)) {
            throw new AssertionError("Waited " + timeout + " for " + what);
        }
    }

    private boolean newestTwoCloserThan(Duration gap) {
        int n = deliveries.size();
        return n >= 2 && Duration.between(deliveries.get(n - 2).frame().capturedAt(), deliveries.get(n - 1).frame().capturedAt())
                .compareTo(gap) < 0;
    }
}
