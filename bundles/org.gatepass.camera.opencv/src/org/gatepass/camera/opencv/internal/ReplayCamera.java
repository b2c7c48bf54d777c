package org.gatepass.camera.opencv.internal;

import org.gatepass.core.camera.CameraSource;
import org.gatepass.core.camera.CameraStatus;
import org.gatepass.core.camera.FrameSink;
import org.gatepass.core.camera.capture.CaptureLoop;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/** One replay camera per factory configuration of {@value #PID}. */
@Component(service = CameraSource.class, configurationPid = ReplayCamera.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ReplayCameraConfig.class, factory = true)
public final class ReplayCamera implements CameraSource {
    public static final String PID = "org.gatepass.camera.replay";

    private final CaptureLoop loop;

    @Activate
    public ReplayCamera(ReplayCameraConfig config) {
        loop = new CaptureLoop(config.camera_id(), config.name(), ReplayConnector.of(config.path()),
                CaptureLoop.frameInterval(config.fps()));
    }

    /** A new frame rate applies from the next frame; a new path reopens. */
    @Modified
    void modified(ReplayCameraConfig config) {
        loop.configure(config.camera_id(), config.name(), ReplayConnector.of(config.path()),
                CaptureLoop.frameInterval(config.fps()));
    }

    @Deactivate
    void deactivate() {
        loop.stop();
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
}
