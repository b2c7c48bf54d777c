package org.gatepass.camera.mjpeg.internal;

import java.time.Duration;

import org.gatepass.core.camera.CameraSource;
import org.gatepass.core.camera.capture.CameraConnector;
import org.gatepass.core.camera.capture.CaptureLoop;
import org.gatepass.core.camera.capture.LoopCamera;
import org.gatepass.core.secret.SecretStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** One IP camera per factory configuration of {@value #PID}. */
@Component(service = CameraSource.class, configurationPid = IpCamera.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = IpCameraConfig.class, factory = true)
public final class IpCamera extends LoopCamera {
    public static final String PID = "org.gatepass.camera.ip";

    private final SecretStore secrets;

    @Activate
    public IpCamera(IpCameraConfig config, @Reference SecretStore secrets) {
        super(new CaptureLoop(config.camera_id(), config.name(), connector(config, secrets), frameInterval(config)));
        this.secrets = secrets;
    }

    /** A changed snapshot rate applies from the next frame; changed connection settings reconnect. */
    @Modified
    void modified(IpCameraConfig config) {
        loop.configure(config.camera_id(), config.name(), connector(config, secrets), frameInterval(config));
    }

    @Deactivate
    void deactivate() {
        loop.stop();
    }

    private static CameraConnector connector(IpCameraConfig config, SecretStore secrets) {
        CameraHttp http = CameraHttp.of(config, secrets);
        return switch (config.mode()) {
            case STREAM -> new MjpegStreamConnector(http);
            case SNAPSHOT -> new SnapshotConnector(http);
        };
    }

    /** A stream is read as fast as it comes, so the camera never queues frames for us; snapshots are polled. */
    private static Duration frameInterval(IpCameraConfig config) {
        return config.mode() == IpCameraMode.SNAPSHOT ? CaptureLoop.frameInterval(config.fps()) : Duration.ZERO;
    }
}
