package org.gatepass.notify.webhook.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;

import org.gatepass.core.event.Decision;

/** One endpoint's settings, checked: a configuration that cannot work is refused with the reason. */
record WebhookSettings(String name, URI url, String secretKey, boolean movements, boolean alerts, boolean includeSnapshot,
        Duration connectTimeout, Duration requestTimeout) {

    static WebhookSettings of(WebhookConfig config) {
        String name = required("notifier.name", config.notifier_name());
        String secretKey = required("secret.key", config.secret_key());
        if (config.connect_timeout_ms() < 1 || config.request_timeout_ms() < 1) {
            throw new IllegalArgumentException("Webhook " + name + ": connect.timeout.ms and request.timeout.ms must be at least 1");
        }
        return new WebhookSettings(name, httpUrl(required("url", config.url())), secretKey, config.movements(),
                config.alerts(), config.include_snapshot(), Duration.ofMillis(config.connect_timeout_ms()),
                Duration.ofMillis(config.request_timeout_ms()));
    }

    /** Whether this endpoint wants events of this kind. */
    boolean wants(Decision decision) {
        return decision.isAlert() ? alerts : movements;
    }

    /** @throws IllegalArgumentException unless {@code url} is an absolute http:// or https:// address */
    static URI httpUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // Reported below, like any other unusable address.
        }
        throw new IllegalArgumentException("The webhook URL must be an http:// or https:// address, not " + url);
    }

    private static String required(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The webhook setting " + key + " is required");
        }
        return value.strip();
    }
}
