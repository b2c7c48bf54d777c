package org.gatepass.camera.opencv.internal;

import java.time.Duration;

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

/** One USB camera per factory configuration of {@value #PID}. */
@Component(service = CameraSource.class, configurationPid = UsbCamera.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = UsbCameraConfig.class, factory = true)
public final class UsbCamera implements CameraSource {
    public static final String PID = "org.gatepass.camera.usb";

    private final CaptureLoop loop;

    @Activate
    public UsbCamera(UsbCameraConfig config) {
        loop = new CaptureLoop(config.camera_id(), config.name(), connector(config), Duration.ZERO);
    }

    @Modified
    void modified(UsbCameraConfig config) {
        loop.configure(config.camera_id(), config.name(), connector(config), Duration.ZERO);
    }

    @Deactivate
    void deactivate() {
        loop.stop();
    }

    /** The device paces itself; asking it for a rate is part of the connection. */
    private static UsbConnector connector(UsbCameraConfig config) {
        return new UsbConnector(config.device(), config.width(), config.height(), config.fps());
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
