package org.gatepass.notify.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Notification relay",
        description = "How notifications in the outbox are delivered: how often, how patiently and how many times.")
@interface RelayConfig {
    @AttributeDefinition(name = "Poll interval (seconds)",
            description = "How often the relay looks for due notifications; a new gate event wakes it at once.", min = "1")
    int pollIntervalSeconds() default 15;

    @AttributeDefinition(name = "Batch size", description = "Notifications a notifier's lane claims at a time.", min = "1")
    int batchSize() default 20;

    @AttributeDefinition(name = "Delivery timeout (seconds)",
            description = "A delivery that takes longer is abandoned and retried later; the notifier's other deliveries go on.", min = "1")
    int deliveryTimeoutSeconds() default 30;

    @AttributeDefinition(name = "Recipients timeout (milliseconds)",
            description = "How long a notifier may take to name the recipients of an event while it is stored; "
                    + "a slower notifier sends nothing for that event, the event is stored regardless.", min = "10")
    int recipientsTimeoutMillis() default 1000;

    @AttributeDefinition(name = "First retry after (seconds)",
            description = "Pause after the first failed attempt; it doubles with every further failure.", min = "1")
    int retryInitialSeconds() default 10;

    @AttributeDefinition(name = "Longest pause between retries (seconds)", min = "1")
    int retryMaxSeconds() default 3600;

    @AttributeDefinition(name = "Maximum attempts", description = "After this many failed attempts a notification is given up.",
            min = "1")
    int maxAttempts() default 20;

    @AttributeDefinition(name = "Maximum age (hours)",
            description = "A notification still not delivered this long after its event is given up at its next failure.", min = "1")
    int maxAgeHours() default 48;

    @AttributeDefinition(name = "Alert digest (seconds)",
            description = "Alerts to the security desk about one person, or unknown faces at one camera: the first is sent at once, "
                    + "the next ones together in one message at most this often. 0 sends every alert on its own.", min = "0")
    int alertDigestSeconds() default 300;
}
