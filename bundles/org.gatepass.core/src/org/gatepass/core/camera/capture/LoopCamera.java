package org.gatepass.core.camera.capture;

import org.gatepass.core.camera.CameraPreview;
import org.gatepass.core.camera.CameraSource;
import org.gatepass.core.camera.CameraStatus;
import org.gatepass.core.camera.CameraViewer;
import org.gatepass.core.camera.FrameSink;

/**
 * Base of a camera component whose capture runs in a {@link CaptureLoop}: the component only creates
 * and reconfigures the loop from its configuration; everything a {@link CameraSource} does is the loop's.
 */
public abstract class LoopCamera implements CameraSource {
    protected final CaptureLoop loop;

    protected LoopCamera(CaptureLoop loop) {
        this.loop = loop;
    }

    @Override
    public String id() {
        return loop.id();
    }

    @Override
    public String displayName() {
        return loop.displayName();
    }

    @Override
    public CameraStatus status() {
        return loop.status();
    }

    @Override
    public void start(FrameSink sink) {
        loop.start(sink);
    }

    @Override
    public void stop() {
        loop.stop();
    }

    @Override
    public CameraPreview preview(CameraViewer viewer) {
        return loop.preview(viewer);
    }
}
