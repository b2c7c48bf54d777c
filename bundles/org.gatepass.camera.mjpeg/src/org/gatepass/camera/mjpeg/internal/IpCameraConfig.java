package org.gatepass.camera.mjpeg.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

@ObjectClassDefinition(name = "IP camera",
        description = "A network camera over HTTP: an MJPEG stream, or a JPEG snapshot URL polled at a set rate.")
public @interface IpCameraConfig {
    @AttributeDefinition(name = "Camera ID", description = "Unique, stable identifier of the camera; gate events record it.")
    String camera_id();

    @AttributeDefinition(name = "Name", description = "Shown to operators; the camera ID when empty.", required = false)
    String name() default "";

    @AttributeDefinition(name = "URL", description = "http:// or https:// address of the MJPEG stream or of the snapshot image.")
    String url();

    @AttributeDefinition(name = "Mode", description = "STREAM for an MJPEG stream, SNAPSHOT to poll a JPEG image.")
    IpCameraMode mode() default IpCameraMode.STREAM;

    @AttributeDefinition(name = "Snapshot rate", description = "Snapshots per second in SNAPSHOT mode (0: as fast as the camera answers). A stream comes at the camera's own rate.", min = "0")
    double fps() default 2;

    @AttributeDefinition(name = "User", description = "User for HTTP basic authentication; none when empty.", required = false)
    String user() default "";

    @AttributeDefinition(name = "Password key", description = "Key in the secret store of the password for HTTP basic authentication"
            + " (store it with gatepass-secret put <key>); the password itself is never in the configuration.", required = false)
    String password_key() default "";

    @AttributeDefinition(name = "Connect timeout (ms)", description = "How long to wait for the camera to accept a connection.", min = "1")
    int connect_timeout_ms() default 5000;

    @AttributeDefinition(name = "Read timeout (ms)", description = "How long to wait for data from a connected camera before reconnecting.", min = "1")
    int read_timeout_ms() default 5000;

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
