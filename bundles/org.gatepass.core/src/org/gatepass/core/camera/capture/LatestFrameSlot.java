package org.gatepass.core.camera.capture;

import java.util.concurrent.TimeUnit;

import org.gatepass.core.camera.Frame;

/** The handoff between capture and delivery: holds at most one frame, and a new frame replaces one not yet taken. */
final class LatestFrameSlot {
    private Frame frame;
    private boolean closed;

    synchronized void put(Frame newest) {
        frame = newest;
        notifyAll();
    }

    /** Waits for a frame; {@code null} once closed. */
    synchronized Frame take() throws InterruptedException {
        while (frame == null && !closed) {
            wait();
        }
        Frame taken = frame;
        frame = null;
        notifyAll(); // a recording waits for its frame to be taken
        return closed ? null : taken;
    }

    /** Waits at most {@code millis} until the frame put last has been taken; true once it was (or the slot is closed). */
    synchronized boolean awaitTaken(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        long remaining;
        while (frame != null && !closed && (remaining = deadline - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.timedWait(this, remaining);
        }
        return frame == null || closed;
    }

    synchronized void close() {
        closed = true;
        frame = null;
        notifyAll();
    }
}
