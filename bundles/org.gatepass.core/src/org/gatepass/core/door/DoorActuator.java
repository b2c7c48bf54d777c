package org.gatepass.core.door;

import java.time.Duration;

/**
 * Something that opens a door: a relay, a lock controller, registered as an OSGi service (one per configured door)
 * with the {@link #NAME_PROPERTY} a gate's door names. The gate calls {@link #release} after admitting somebody at the
 * door's gate, never for a refused or unknown face, off the recognition thread and through Gatepass's time limit; a
 * release that fails or overruns is an alert.
 */
public interface DoorActuator {

    /** Service property: the door's name, as a gate names it. */
    String NAME_PROPERTY = "door.name";

    String name();

    /**
     * Unlocks the door for {@code open}, returning once the device confirmed it. May block; it is given up after its
     * time limit.
     * @throws DoorException when the device refused or could not be reached
     */
    void release(Duration open) throws DoorException;
}
