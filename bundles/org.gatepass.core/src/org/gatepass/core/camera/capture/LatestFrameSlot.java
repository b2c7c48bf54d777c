package org.gatepass.core.camera.capture;

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
        return closed ? null : taken;
    }

    synchronized void close() {
        closed = true;
        frame = null;
        notifyAll();
    }
}
