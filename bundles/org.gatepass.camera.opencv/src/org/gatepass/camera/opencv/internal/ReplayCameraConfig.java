package org.gatepass.camera.opencv.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

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
}
