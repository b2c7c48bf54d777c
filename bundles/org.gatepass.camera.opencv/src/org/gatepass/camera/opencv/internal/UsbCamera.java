package org.gatepass.camera.opencv.internal;

import java.time.Duration;

import org.gatepass.core.camera.CameraSource;
import org.gatepass.core.camera.capture.CaptureLoop;
import org.gatepass.core.camera.capture.LoopCamera;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/** One USB camera per factory configuration of {@value #PID}. */
@Component(service = CameraSource.class, configurationPid = UsbCamera.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = UsbCameraConfig.class, factory = true)
public final class UsbCamera extends LoopCamera {
    public static final String PID = "org.gatepass.camera.usb";

    @Activate
    public UsbCamera(UsbCameraConfig config) {
        super(new CaptureLoop(config.camera_id(), config.name(), connector(config), Duration.ZERO));
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
}
