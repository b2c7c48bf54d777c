package org.gatepass.camera.opencv.internal;

import org.gatepass.core.camera.CameraSource;
import org.gatepass.core.camera.capture.CaptureLoop;
import org.gatepass.core.camera.capture.LoopCamera;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/** One replay camera per factory configuration of {@value #PID}. */
@Component(service = CameraSource.class, configurationPid = ReplayCamera.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ReplayCameraConfig.class, factory = true)
public final class ReplayCamera extends LoopCamera {
    public static final String PID = "org.gatepass.camera.replay";

    @Activate
    public ReplayCamera(ReplayCameraConfig config) {
        super(new CaptureLoop(config.camera_id(), config.name(), ReplayConnector.of(config.path()),
                CaptureLoop.frameInterval(config.fps())));
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
}
