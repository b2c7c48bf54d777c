package org.gatepass.gate;

/** Names shared with cameras' configurations and with listeners of gate events. */
public final class GateProperties {
    /** Camera property: how the camera decides direction, a {@code CameraMode} name. */
    public static final String MODE = "gate.mode";
    /** Camera property: the similarity a face needs to be taken for an enrolled person. */
    public static final String THRESHOLD = "gate.threshold";
    /** EventAdmin topic of every stored gate event; properties {@code event.id}, {@code camera.id}, {@code decision}. */
    public static final String EVENT_TOPIC = "org/gatepass/gate/EVENT_RECORDED";

    private GateProperties() {
    }
}
