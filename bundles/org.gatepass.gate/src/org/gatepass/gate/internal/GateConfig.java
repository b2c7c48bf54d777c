package org.gatepass.gate.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Gate", description = "How the gate turns recognised faces into movements.")
@interface GateConfig {
    @AttributeDefinition(name = "Cooldown (seconds)",
            description = "A person who moved less than this long ago is not moved again: one walk-through is one movement.", min = "0")
    int cooldownSeconds() default 60;

    @AttributeDefinition(name = "Confirmation frames",
            description = "Consecutive frames that must agree on who a face is before the gate acts.", min = "1")
    int confirmationFrames() default 3;
}
