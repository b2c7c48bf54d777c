package org.gatepass.notify.webhook.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Webhook notifier",
        description = "Posts each gate event as signed JSON to one HTTP endpoint.")
public @interface WebhookConfig {
    @AttributeDefinition(name = "Name", description = "Stable name of this endpoint, e.g. webhook.security-desk. Pending "
            + "notifications remember it: renaming the endpoint leaves them undelivered.")
    String notifier_name();

    @AttributeDefinition(name = "URL", description = "http:// or https:// address the events are posted to.")
    String url();

    @AttributeDefinition(name = "Signing secret key", description = "Name of the entry in Gatepass's secret store that "
            + "holds the HMAC-SHA256 signing secret, e.g. notify.webhook.security-desk.secret. The secret itself is never "
            + "written in this configuration.")
    String secret_key();

    @AttributeDefinition(name = "Movements", description = "Post admitted people going in or out.")
    boolean movements() default true;

    @AttributeDefinition(name = "Alerts", description = "Post alerts: unknown faces, blocked and inactive people.")
    boolean alerts() default true;

    @AttributeDefinition(name = "Include snapshot", description = "Add the camera's JPEG picture of an alert, base64 "
            + "encoded, to the JSON (tens of kilobytes per alert).")
    boolean include_snapshot() default false;

    @AttributeDefinition(name = "Connect timeout (ms)", description = "How long to wait for the endpoint to accept a "
            + "connection before trying again later.", min = "1")
    int connect_timeout_ms() default 5000;

    @AttributeDefinition(name = "Request timeout (ms)", description = "How long to wait for the endpoint's answer "
            + "before trying again later.", min = "1")
    int request_timeout_ms() default 10000;
}
