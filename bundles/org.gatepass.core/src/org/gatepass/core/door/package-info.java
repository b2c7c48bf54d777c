/** The door-actuator SPI: plug-ins that release a gate's door after an admission (see {@link org.gatepass.core.door.DoorActuator}). */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.gatepass.core.door;
