/**
 * The gate at work: every configured camera gets a worker that turns its frames into gate events
 * (capture → detect → track → identify → decide → store), and enrolment turns photos or live camera shots into templates.
 * <p>
 * Per camera, the gate reads two optional properties from the camera's own configuration (they become
 * properties of its {@code CameraSource} service): {@value org.gatepass.gate.GateProperties#MODE}
 * ({@code TOGGLE}, {@code ENTRY} or {@code EXIT}; default {@code TOGGLE}) and
 * {@value org.gatepass.gate.GateProperties#THRESHOLD} (similarity to accept a match; default the
 * pipeline's calibrated threshold). Each stored event is announced on the EventAdmin topic
 * {@value org.gatepass.gate.GateProperties#EVENT_TOPIC}.
 */
@org.osgi.annotation.versioning.Version("0.5.0")
package org.gatepass.gate;
