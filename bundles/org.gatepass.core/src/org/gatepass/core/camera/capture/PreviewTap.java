package org.gatepass.core.camera.capture;

import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.gatepass.core.camera.CameraPreview;
import org.gatepass.core.camera.CameraStatus;
import org.gatepass.core.camera.CameraViewer;
import org.gatepass.core.camera.Frame;

/**
 * One viewer of a {@link CaptureLoop}: the capture thread offers frames and status without waiting; the viewer's
 * own thread hands it the newest of each. A frame offered while the viewer is busy replaces the one it has not taken.
 */
final class PreviewTap implements CameraPreview {
    private static final Logger LOG = Logger.getLogger(PreviewTap.class.getName());

    private final CameraViewer viewer;
    private final Consumer<PreviewTap> onClose;
    private final Thread thread;
    private Frame frame;
    private CameraStatus status;
    private boolean closed;

    PreviewTap(String cameraId, CameraViewer viewer, CameraStatus current, Consumer<PreviewTap> onClose) {
        this.viewer = viewer;
        this.onClose = onClose;
        this.status = current;
        thread = Thread.ofPlatform().name("camera-" + cameraId + "-preview").daemon().unstarted(this::deliver);
    }

    void begin() {
        thread.start();
    }

    synchronized void offer(Frame newest) {
        frame = newest;
        notifyAll();
    }

    synchronized void offer(CameraStatus newest) {
        status = newest;
        notifyAll();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            frame = null;
            status = null;
            notifyAll();
        }
        onClose.accept(this);
        if (thread != Thread.currentThread()) {
            try {
                thread.join(CaptureLoop.STOP_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void deliver() {
        boolean failing = false;
        while (true) {
            Frame nextFrame;
            CameraStatus nextStatus;
            synchronized (this) {
                try {
                    while (frame == null && status == null && !closed) {
                        wait();
                    }
                } catch (InterruptedException e) {
                    return; // interrupted by the viewer's own code: end this viewer
                }
                if (closed) {
                    return;
                }
                nextFrame = frame;
                nextStatus = status;
                frame = null;
                status = null;
            }
            try {
                if (nextStatus != null) {
                    viewer.status(nextStatus);
                }
                if (nextFrame != null) {
                    viewer.frame(nextFrame);
                }
                failing = false;
            } catch (RuntimeException e) {
                if (!failing) {
                    LOG.log(Level.WARNING, "A viewer of camera " + thread.getName() + " failed (further failures in a row are not logged)", e);
                }
                failing = true;
            }
        }
    }
}
