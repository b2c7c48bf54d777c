package org.gatepass.camera.opencv.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

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

    @AttributeDefinition(name = "Direction", description = "TOGGLE: a person seen here goes In, then Out, then In again; ENTRY: always In; "
            + "EXIT: always Out.", options = { @Option(label = "TOGGLE", value = "TOGGLE"), @Option(label = "ENTRY", value = "ENTRY"),
                    @Option(label = "EXIT", value = "EXIT") })
    String gate_mode() default "TOGGLE";

    @AttributeDefinition(name = "Target FPIR", description = "Share of strangers this camera may take for somebody enrolled, e.g. 0.001; "
            + "empty for the recognition pipeline's own.", required = false, min = "0", max = "1")
    double gate_targetFpir();

    @AttributeDefinition(name = "Fixed threshold", description = "A similarity (-1 to 1) a face needs here, instead of the one derived from "
            + "the target FPIR and the number enrolled; empty to derive it.", required = false, min = "-1", max = "1")
    double gate_threshold();

    @AttributeDefinition(name = "Visitors", description = "QR_OR_FACE: a visitor passes with a valid pass code, or with their enrolled face "
            + "while a pass is valid here; QR_AND_FACE: both, one within 15 s of the other.", options = {
                    @Option(label = "QR_OR_FACE", value = "QR_OR_FACE"), @Option(label = "QR_AND_FACE", value = "QR_AND_FACE") })
    String gate_visitors() default "QR_OR_FACE";
}
