package org.gatepass.settings.ui.internal;

import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * A component whose settings a bundle describes with metatype: one configuration under {@code pid}, or, for a
 * factory, any number of them (one per camera, per webhook…).
 */
record ConfigurableComponent(String pid, boolean factory, ObjectClassDefinition definition) {

    String name() {
        String name = definition.getName();
        return name == null || name.isBlank() ? pid : name;
    }

    /** Cameras can show a test picture: their settings carry the id the gate knows them by. */
    boolean isCamera() {
        return factory && pid.startsWith("org.gatepass.camera.");
    }
}
