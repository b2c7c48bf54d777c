package org.gatepass.door.http.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

import org.gatepass.core.door.DoorActuator;
import org.gatepass.core.door.DoorException;
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
 * One door per factory configuration of {@value #PID}: a release is a POST of {@code {"door": …, "seconds": …}} to the
 * relay, with the bearer token from the secret store when one is named; any 2xx answer means the door is open. The
 * configuration's {@code door.name} is also the {@link DoorActuator#NAME_PROPERTY} service property.
 */
@Component(service = DoorActuator.class, configurationPid = HttpDoorRelay.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = HttpDoorConfig.class, factory = true)
public final class HttpDoorRelay implements DoorActuator {
    public static final String PID = "org.gatepass.door.http";
    private static final Logger LOG = Logger.getLogger(HttpDoorRelay.class.getName());

    private final SecretStore secrets;
    private volatile Relay relay;

    /** Settings and the client made for them, swapped together. */
    private record Relay(String name, URI url, String tokenKey, Duration requestTimeout, HttpClient http) {
    }

    @Activate
    public HttpDoorRelay(HttpDoorConfig config, @Reference SecretStore secrets) {
        this.secrets = secrets;
        relay = relay(config);
        LOG.info(() -> "Door " + relay.name() + " released through " + relay.url());
    }

    @Modified
    void modified(HttpDoorConfig config) {
        Relay previous = relay;
        relay = relay(config);
        previous.http().shutdown();
    }

    @Deactivate
    void deactivate() {
        relay.http().shutdown();
    }

    private static Relay relay(HttpDoorConfig config) {
        String name = config.door_name() == null ? "" : config.door_name().strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("An HTTP door relay needs the door's name");
        }
        URI url = URI.create(config.url().strip());
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("The relay of door " + name + " is reached by http:// or https://, not " + url);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(config.connect_timeout_ms())).build();
        return new Relay(name, url, config.token_key() == null ? "" : config.token_key().strip(), Duration.ofMillis(config.request_timeout_ms()), http);
    }

    @Override
    public String name() {
        return relay.name();
    }

    @Override
    public void release(Duration open) throws DoorException {
        Relay now = relay;
        HttpRequest.Builder request = HttpRequest.newBuilder(now.url()).timeout(now.requestTimeout()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"door\":\"" + jsonText(now.name()) + "\",\"seconds\":" + open.toSeconds() + "}"));
        token(now).ifPresent(token -> request.header("Authorization", "Bearer " + token));
        HttpResponse<Void> answer;
        try {
            answer = now.http().send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new DoorException("the relay of " + now.name() + " at " + now.url().getHost() + " cannot be reached", e);
        } catch (HttpTimeoutException e) {
            throw new DoorException("the relay of " + now.name() + " did not answer within " + now.requestTimeout().toMillis() + " ms", e);
        } catch (IOException e) {
            throw new DoorException("the relay of " + now.name() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DoorException("releasing " + now.name() + " was interrupted", e);
        }
        if (answer.statusCode() / 100 != 2) {
            throw new DoorException("the relay of " + now.name() + " answered HTTP " + answer.statusCode());
        }
    }

    private Optional<String> token(Relay now) throws DoorException {
        if (now.tokenKey().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(secrets.get(now.tokenKey()).orElseThrow(
                    () -> new DoorException("the token of door " + now.name() + " (" + now.tokenKey() + ") is not in the secret store")));
        } catch (SecretStoreException e) {
            throw new DoorException("the token of door " + now.name() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String jsonText(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
