package org.gatepass.notify.webhook.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import org.gatepass.core.notify.DeliveryException;
import org.gatepass.core.notify.Notification;
import org.gatepass.core.notify.NotificationSubject;
import org.gatepass.core.notify.Notifier;
import org.gatepass.core.notify.Recipient;
import org.gatepass.core.notify.RecipientRole;
import org.gatepass.core.secret.SecretStore;
import org.gatepass.core.secret.SecretStoreException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * One webhook endpoint per factory configuration of {@value #PID}: every wanted gate event is posted to it as
 * JSON, signed with HMAC-SHA256 under a secret from the {@link SecretStore}. The configuration's
 * {@code notifier.name} is also the {@link Notifier#NAME_PROPERTY} service property. Immediate, so that a wrong
 * configuration or a missing secret is reported at start rather than at the first event.
 */
@Component(service = Notifier.class, configurationPid = WebhookNotifier.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
@Designate(ocd = WebhookConfig.class, factory = true)
public final class WebhookNotifier implements Notifier {
    public static final String PID = "org.gatepass.notify.webhook";
    private static final Logger LOG = Logger.getLogger(WebhookNotifier.class.getName());
    private static final String USER_AGENT = "Gatepass-Webhook/0.1";

    private final SecretStore secrets;
    private volatile Endpoint endpoint;

    /** Settings and the client made for them, swapped together so a delivery never mixes two configurations. */
    private record Endpoint(WebhookSettings settings, HttpClient http) {
    }

    @Activate
    public WebhookNotifier(WebhookConfig config, @Reference SecretStore secrets) {
        this.secrets = secrets;
        endpoint = endpoint(config);
        LOG.info(() -> "Webhook " + endpoint.settings().name() + " active, posting to " + endpoint.settings().url());
    }

    /** New settings apply to the next delivery, including rows already waiting. */
    @Modified
    void modified(WebhookConfig config) {
        Endpoint previous = endpoint;
        endpoint = endpoint(config);
        // A delivery still running on the old client completes; shutdown() does not wait for it.
        previous.http().shutdown();
    }

    @Deactivate
    void deactivate() {
        endpoint.http().shutdown();
    }

    private Endpoint endpoint(WebhookConfig config) {
        WebhookSettings checked = WebhookSettings.of(config);
        try {
            if (secret(checked).isEmpty()) {
                LOG.warning(() -> missingSecret(checked));
            }
        } catch (SecretStoreException e) {
            LOG.warning(() -> "Webhook " + checked.name() + ": " + e.getMessage());
        }
        // HTTP/1.1: receivers behind simple servers and proxies need no upgrade; redirects are reported, not followed.
        return new Endpoint(checked, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(checked.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build());
    }

    @Override
    public String name() {
        return endpoint.settings().name();
    }

    @Override
    public List<Recipient> recipients(NotificationSubject subject) {
        WebhookSettings current = endpoint.settings();
        // a visitor's pass is a document for the visitor, not an event for subscribers
        return !subject.isInvitation() && current.wants(subject.event().decision())
                ? List.of(new Recipient(RecipientRole.SUBSCRIBER, current.url().toString()))
                : List.of();
    }

    /** Posts to the recipient's address, the endpoint URL when the event was stored. */
    @Override
    public void deliver(Notification notification) throws DeliveryException {
        Endpoint current = endpoint;
        WebhookSettings settings = current.settings();
        URI url;
        try {
            url = WebhookSettings.httpUrl(notification.recipient().address());
        } catch (IllegalArgumentException e) {
            throw DeliveryException.giveUp(e.getMessage(), e);
        }
        String secret;
        try {
            // A missing secret is the administrator's to fix; the rows wait for it rather than being lost.
            secret = secret(settings).orElseThrow(() -> DeliveryException.retryLater(missingSecret(settings), null));
        } catch (SecretStoreException e) {
            throw DeliveryException.retryLater("Webhook " + settings.name() + ": " + e.getMessage(), e);
        }
        byte[] body = EventJson.of(notification, settings.includeSnapshot()).getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(url).timeout(settings.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", USER_AGENT)
                .header(WebhookSignature.IDEMPOTENCY_HEADER, notification.idempotencyKey())
                .header(WebhookSignature.TIMESTAMP_HEADER, timestamp)
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        checkStatus(url, send(current.http(), request));
    }

    private Optional<String> secret(WebhookSettings settings) {
        return secrets.get(settings.secretKey()).filter(secret -> !secret.isEmpty());
    }

    private static HttpResponse<Void> send(HttpClient http, HttpRequest request) throws DeliveryException {
        String where = request.uri().getHost() + (request.uri().getPort() < 0 ? "" : ":" + request.uri().getPort());
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (HttpConnectTimeoutException e) {
            throw DeliveryException.retryLater("timeout connecting to " + where, e);
        } catch (HttpTimeoutException e) {
            throw DeliveryException.retryLater("no answer from " + where + " within " + request.timeout().orElseThrow().toMillis() + " ms", e);
        } catch (IOException e) {
            throw DeliveryException.retryLater("could not post to " + where + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.retryLater("interrupted while posting to " + where, e);
        }
    }

    /** Server trouble and rate limits pass; any other refusal will be repeated on every attempt. */
    private static void checkStatus(URI url, HttpResponse<Void> response) throws DeliveryException {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String message = url + " answered HTTP " + status;
        if (status >= 500 || status == 429 || status == 408) {
            throw DeliveryException.retryLater(message, null);
        }
        if (status >= 300 && status < 400) {
            message += ", moved to " + response.headers().firstValue("Location").orElse("an unnamed address")
                    + ": update the webhook's url";
        }
        throw DeliveryException.giveUp(message, null);
    }

    private static String missingSecret(WebhookSettings settings) {
        return "Webhook " + settings.name() + ": no signing secret is stored under the key '" + settings.secretKey()
                + "' in the secret store; store one there (see the administrator guide), then pending events are posted";
    }
}
