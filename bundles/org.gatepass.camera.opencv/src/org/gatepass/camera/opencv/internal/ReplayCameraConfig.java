package org.gatepass.camera.opencv.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

@ObjectClassDefinition(name = "Replay camera",
        description = "Plays recorded pictures in a loop, as a camera would deliver them: for demonstrations, tests and benchmarks.")
public @interface ReplayCameraConfig {
    @AttributeDefinition(name = "Camera ID", description = "Unique, stable identifier of the camera; gate events record it.")
    String camera_id();

    @AttributeDefinition(name = "Name", description = "Shown to operators; the camera ID when empty.", required = false)
    String name() default "";

    @AttributeDefinition(name = "Path", description = "Absolute path of a folder of images (played in file name order) or of an MJPEG AVI file.")
    String path();

    @AttributeDefinition(name = "Frame rate", description = "Frames per second; 0 plays every picture, as fast as the gate takes them.", min = "0")
    double fps() default 10;

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
