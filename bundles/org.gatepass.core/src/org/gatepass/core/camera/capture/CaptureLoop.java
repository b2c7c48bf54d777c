package org.gatepass.core.camera.capture;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.gatepass.core.camera.CameraPreview;
import org.gatepass.core.camera.CameraSource;
import org.gatepass.core.camera.CameraStatus;
import org.gatepass.core.camera.CameraStatus.State;
import org.gatepass.core.camera.CameraViewer;
import org.gatepass.core.camera.Frame;
import org.gatepass.core.camera.FrameSink;

/**
 * A {@link CameraSource} built from a {@link CameraConnector}: while started, a capture thread connects, reads
 * frames (paced to the frame interval when one is set; a recording without one is read as fast as the sink takes its
 * frames) and puts each into a single slot; a delivery thread hands the newest frame in the slot to the sink. A failed connection or read is reported in the status and retried after
 * 2 s, doubling up to 30 s, and back to 2 s once frames flow again.
 */
public final class CaptureLoop implements CameraSource {
    static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    static final Duration LONGEST_RETRY = Duration.ofSeconds(30);
    /** How long stop() waits for a read or a sink call in progress. */
    static final Duration STOP_WAIT = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(CaptureLoop.class.getName());

    private final Object lock = new Object();
    private String id;
    private String displayName;
    private CameraConnector connector;
    private Duration frameInterval;
    private CameraStatus status = CameraStatus.stopped(Instant.now());
    /** Whether frames arrived since start or since the last change of connector: decides NOT_AVAILABLE vs DISCONNECTED. */
    private boolean wasLive;
    private Session session;
    private final List<PreviewTap> previews = new CopyOnWriteArrayList<>();

    /** @param frameInterval time between frames; zero takes frames as fast as the camera delivers them */
    public CaptureLoop(String id, String displayName, CameraConnector connector, Duration frameInterval) {
        configure(id, displayName, connector, frameInterval);
    }

    /** The frame interval for a rate in frames per second, zero for a rate of 0 (no pacing). */
    public static Duration frameInterval(double framesPerSecond) {
        if (!(framesPerSecond >= 0) || Double.isInfinite(framesPerSecond)) {
            throw new IllegalArgumentException("A frame rate is 0 or more frames per second, not " + framesPerSecond);
        }
        return framesPerSecond == 0 ? Duration.ZERO : Duration.ofNanos(Math.round(1e9 / framesPerSecond));
    }

    /**
     * Applies new settings, also while started: a connector that is not {@code equals} to the current one
     * reconnects; the other settings apply from the next frame.
     */
    public void configure(String id, String displayName, CameraConnector connector, Duration frameInterval) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A camera needs an id (setting " + CAMERA_ID_PROPERTY + ")");
        }
        Objects.requireNonNull(connector, "connector");
        if (frameInterval.isNegative()) {
            throw new IllegalArgumentException("The frame interval cannot be negative: " + frameInterval);
        }
        synchronized (lock) {
            this.id = id.strip();
            this.displayName = displayName == null || displayName.isBlank() ? this.id : displayName.strip();
            this.frameInterval = frameInterval;
            if (!connector.equals(this.connector)) {
                if (session != null) {
                    LOG.info(() -> "Camera " + this.id + ": settings changed, reconnecting");
                    wasLive = false;
                    setStatus(CameraStatus.connecting(Instant.now()));
                }
                this.connector = connector;
            }
            lock.notifyAll();
        }
    }

    @Override
    public String id() {
        synchronized (lock) {
            return id;
        }
    }

    @Override
    public String displayName() {
        synchronized (lock) {
            return displayName;
        }
    }

    @Override
    public CameraStatus status() {
        synchronized (lock) {
            return status;
        }
    }

    @Override
    public void start(FrameSink sink) {
        Objects.requireNonNull(sink, "sink");
        synchronized (lock) {
            if (session != null) {
                throw new IllegalStateException("Camera " + id + " is already started");
            }
            wasLive = false;
            setStatus(CameraStatus.connecting(Instant.now()));
            session = new Session(sink, id);
            session.begin();
        }
    }

    @Override
    public void stop() {
        Session ending;
        synchronized (lock) {
            ending = session;
            if (ending == null) {
                return;
            }
            session = null;
            setStatus(CameraStatus.stopped(Instant.now()));
            lock.notifyAll();
        }
        ending.finish();
    }

    @Override
    public CameraPreview preview(CameraViewer viewer) {
        Objects.requireNonNull(viewer, "viewer");
        PreviewTap tap;
        synchronized (lock) {
            tap = new PreviewTap(id, viewer, status, previews::remove);
            previews.add(tap);
        }
        tap.begin();
        return tap;
    }

    @Override
    public String toString() {
        return "Camera " + id() + " (" + status() + ")";
    }

    /** Called under the lock: viewers learn every change in order. */
    private void setStatus(CameraStatus next) {
        status = next;
        previews.forEach(tap -> tap.offer(next));
    }

    private void changeStatus(CameraStatus next) {
        setStatus(next);
        switch (next.state()) {
            case LIVE -> LOG.info(() -> "Camera " + id + " is live");
            case NOT_AVAILABLE, DISCONNECTED -> LOG.warning(() -> "Camera " + id + " " + next.state() + ": " + next.reason());
            default -> { }
        }
    }

    /** One start-to-stop run. Once stopped it changes nothing, even if its capture thread is still finishing a read. */
    private final class Session {
        private final FrameSink sink;
        private final LatestFrameSlot slot = new LatestFrameSlot();
        private final Thread capture;
        private final Thread delivery;
        private long sequence;

        Session(FrameSink sink, String cameraId) {
            this.sink = sink;
            capture = Thread.ofPlatform().name("camera-" + cameraId + "-capture").daemon().unstarted(this::capture);
            delivery = Thread.ofPlatform().name("camera-" + cameraId + "-delivery").daemon().unstarted(this::deliver);
        }

        void begin() {
            capture.start();
            delivery.start();
        }

        void finish() {
            slot.close();
            awaitEnd(delivery);
            awaitEnd(capture);
        }

        private void awaitEnd(Thread thread) {
            if (thread == Thread.currentThread()) {
                return; // stop() called by the sink itself
            }
            try {
                if (!thread.join(STOP_WAIT)) {
                    LOG.warning(() -> thread.getName() + " is still busy after " + STOP_WAIT.toSeconds() + " s; it ends by itself");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void capture() {
            RetryBackoff backoff = new RetryBackoff(FIRST_RETRY, LONGEST_RETRY);
            CameraConnector previous = null;
            for (CameraConnector current = currentConnector(); current != null; current = currentConnector()) {
                if (current != previous) {
                    backoff.reset();
                    previous = current;
                }
                try (FrameReader reader = current.connect()) {
                    readFrames(reader, current, backoff);
                } catch (CaptureException e) {
                    failed(current, e.getMessage());
                    long retryAt = System.nanoTime() + backoff.next().toNanos();
                    sleepUntil(() -> retryAt, current);
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "Camera " + id() + " failed unexpectedly", e);
                    failed(current, "unexpected error: " + e);
                    long retryAt = System.nanoTime() + backoff.next().toNanos();
                    sleepUntil(() -> retryAt, current);
                }
            }
        }

        private void readFrames(FrameReader reader, CameraConnector opened, RetryBackoff backoff) throws CaptureException {
            while (isCurrent(opened)) {
                long started = System.nanoTime();
                Frame frame = reader.read(id(), sequence);
                sequence++;
                if (wentLive(opened)) {
                    backoff.reset();
                }
                slot.put(frame);
                for (PreviewTap tap : previews) {
                    tap.offer(frame);
                }
                if (!reader.isLive() && currentInterval().isZero()) {
                    awaitTaken(opened);
                } else {
                    sleepUntil(() -> started + frameInterval.toNanos(), opened);
                }
            }
        }

        /** A recording without a frame rate: the next picture is read once the sink took this one. */
        private void awaitTaken(CameraConnector opened) {
            try {
                // short waits, so a stop, a reconnect or a new frame rate is noticed
                while (!slot.awaitTaken(100) && isCurrent(opened) && currentInterval().isZero()) {
                    // the sink is still busy with an earlier frame
                }
            } catch (InterruptedException e) {
                // nobody but this class ends the thread; the loop re-checks the session
            }
        }

        private Duration currentInterval() {
            synchronized (lock) {
                return frameInterval;
            }
        }

        private void deliver() {
            boolean failing = false;
            try {
                for (Frame frame = slot.take(); frame != null; frame = slot.take()) {
                    try {
                        sink.accept(frame);
                        failing = false;
                    } catch (RuntimeException e) {
                        if (!failing) {
                            LOG.log(Level.WARNING, "The frame sink of camera " + frame.cameraId()
                                    + " failed (further failures in a row are not logged)", e);
                        }
                        failing = true;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // interrupted by the sink's own code: end delivery
            }
        }

        /** The connector to use, or null once this session is stopped. */
        private CameraConnector currentConnector() {
            synchronized (lock) {
                return session == this ? connector : null;
            }
        }

        private boolean isCurrent(CameraConnector opened) {
            synchronized (lock) {
                return session == this && connector == opened;
            }
        }

        /** Waits until the deadline (evaluated under the lock, so a changed interval counts) or a stop or reconnect. */
        private void sleepUntil(LongSupplier deadlineNanos, CameraConnector opened) {
            synchronized (lock) {
                long remaining;
                while (session == this && connector == opened
                        && (remaining = deadlineNanos.getAsLong() - System.nanoTime()) > 0) {
                    try {
                        TimeUnit.NANOSECONDS.timedWait(lock, remaining);
                    } catch (InterruptedException e) {
                        return; // nobody but this class ends the thread; the loop re-checks the session
                    }
                }
            }
        }

        private boolean wentLive(CameraConnector opened) {
            synchronized (lock) {
                if (session != this || connector != opened || status.state() == State.LIVE) {
                    return false;
                }
                wasLive = true;
                changeStatus(CameraStatus.live(Instant.now()));
                return true;
            }
        }

        private void failed(CameraConnector opened, String reason) {
            synchronized (lock) {
                if (session != this || connector != opened) {
                    return;
                }
                State state = wasLive ? State.DISCONNECTED : State.NOT_AVAILABLE;
                String why = reason == null || reason.isBlank() ? "unknown error" : reason;
                if (status.state() != state) {
                    changeStatus(new CameraStatus(state, why, Instant.now()));
                } else if (!status.reason().equals(why)) {
                    changeStatus(new CameraStatus(state, why, status.since()));
                }
            }
        }
    }
}
