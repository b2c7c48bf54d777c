package org.gatepass.gate;

/** Names shared with cameras' configurations and with listeners of gate events. */
public final class GateProperties {
    /** Camera property: how the camera decides direction, a {@code CameraMode} name. */
    public static final String MODE = "gate.mode";
    /**
     * Camera property: a fixed similarity a face needs to be taken for an enrolled person, instead of the one
     * derived from the target FPIR and the number of people enrolled.
     */
    public static final String THRESHOLD = "gate.threshold";
    /** Camera property: this camera's target FPIR (strangers taken for somebody enrolled), instead of the gate's. */
    public static final String TARGET_FPIR = "gate.targetFpir";
    /**
     * Camera property: how visitors pass this camera, a {@code VisitorCheck} name: {@code QR_OR_FACE} (a valid pass code,
     * or their face while a pass is valid) or {@code QR_AND_FACE} (both, within a few seconds).
     */
    public static final String VISITORS = "gate.visitors";
    /** EventAdmin topic of every stored gate event; properties {@code event.id}, {@code camera.id}, {@code decision}. */
    public static final String EVENT_TOPIC = "org/gatepass/gate/EVENT_RECORDED";

    private GateProperties() {
    }
}
