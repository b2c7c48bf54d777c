package org.gatepass.door.http.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "HTTP door relay",
        description = "Releases a door through a network relay or lock controller that takes an HTTP POST.")
public @interface HttpDoorConfig {
    @AttributeDefinition(name = "Door name", description = "The name a gate's door field gives, e.g. lab-door.")
    String door_name();

    @AttributeDefinition(name = "URL", description = "http:// or https:// address the release is posted to, as JSON "
            + "{\"door\": name, \"seconds\": how long}.")
    String url();

    @AttributeDefinition(name = "Token key", description = "Name of the entry in Gatepass's secret store holding the "
            + "bearer token the relay expects, e.g. door.lab-door.token; blank when the relay takes none. The token itself is "
            + "never written in this configuration.")
    String token_key() default "";

    @AttributeDefinition(name = "Connect timeout (ms)", description = "How long to wait for the relay to accept a connection.", min = "1")
    int connect_timeout_ms() default 2000;

    @AttributeDefinition(name = "Request timeout (ms)", description = "How long to wait for the relay's answer; Gatepass "
            + "gives up on any door after 5 s.", min = "1")
    int request_timeout_ms() default 3000;
}
