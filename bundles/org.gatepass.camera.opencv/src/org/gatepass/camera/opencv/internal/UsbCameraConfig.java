package org.gatepass.camera.opencv.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "USB camera", description = "A webcam or capture device attached to this workstation (V4L2 on Linux).")
public @interface UsbCameraConfig {
    @AttributeDefinition(name = "Camera ID", description = "Unique, stable identifier of the camera; gate events record it.")
    String camera_id();

    @AttributeDefinition(name = "Name", description = "Shown to operators; the camera ID when empty.", required = false)
    String name() default "";

    @AttributeDefinition(name = "Device", description = "Device index (0 is the first camera) or device path such as /dev/video0.")
    String device() default "0";

    @AttributeDefinition(name = "Width", description = "Requested width in pixels; 0 keeps the camera's default.", min = "0")
    int width() default 0;

    @AttributeDefinition(name = "Height", description = "Requested height in pixels; 0 keeps the camera's default.", min = "0")
    int height() default 0;

    @AttributeDefinition(name = "Frame rate", description = "Requested frames per second; 0 keeps the camera's default.", min = "0")
    double fps() default 0;
}
