package org.gatepass.notify.webhook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.gatepass.core.event.Decision;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.notify.DeliveryException;
import org.gatepass.core.notify.Notification;
import org.gatepass.core.notify.NotificationSubject;
import org.gatepass.core.notify.Notifier;
import org.gatepass.core.notify.Recipient;
import org.gatepass.core.notify.RecipientRole;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonStatus;
import org.gatepass.core.secret.SecretStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.osgi.util.tracker.ServiceTracker;

/** Webhook endpoints configured through Configuration Admin, posting to a real local HTTP server. */
@ExtendWith(ServiceExtension.class)
class WebhookNotifierTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final String SECRET = "whsec-\u00e9t\u00e9-7f3a";
    private static final Instant OCCURRED = Instant.parse("2026-03-14T07:45:12.345Z");

    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurationAdmin;

    @InjectService(timeout = 10_000)
    SecretStore secrets;

    @InjectService(timeout = 10_000)
    ServiceComponentRuntime scr;

    private final BundleContext context = FrameworkUtil.getBundle(WebhookNotifierTest.class).getBundleContext();
    private final List<Configuration> configurations = new ArrayList<>();
    private final List<ServiceTracker<Notifier, Notifier>> trackers = new ArrayList<>();
    private final List<String> secretKeys = new ArrayList<>();
    private TestReceiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new TestReceiver();
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (Configuration configuration : configurations) {
            configuration.delete();
        }
        trackers.forEach(ServiceTracker::close);
        secretKeys.forEach(secrets::remove);
        receiver.close();
    }

    @Test
    void anAlertIsPostedAsJsonSignedOverTimestampAndBody() throws Exception {
        Notifier webhook = configure("desk", Map.of("url", receiver.url("/hooks/gate")));
        NotificationSubject subject = new NotificationSubject(
                new GateEvent(41L, null, "gate-1-entry", null, Decision.UNKNOWN_FACE, 0.12, OCCURRED), null);

        List<Recipient> recipients = webhook.recipients(subject);
        assertEquals(List.of(new Recipient(RecipientRole.SUBSCRIBER, receiver.url("/hooks/gate"))), recipients);
        long before = Instant.now().getEpochSecond();
        webhook.deliver(new Notification(9, "outbox-9", subject, recipients.getFirst(), 1, null));
        long after = Instant.now().getEpochSecond();

        TestReceiver.Request request = receiver.next(PATIENCE);
        assertEquals("POST", request.method());
        assertEquals("/hooks/gate", request.path());
        assertEquals("application/json; charset=utf-8", request.header("Content-Type"));
        assertEquals("outbox-9", request.header("Idempotency-Key"));
        assertEquals("{\"eventId\":41,\"decision\":\"UNKNOWN_FACE\",\"alert\":true,\"direction\":null,\"person\":null,"
                + "\"camera\":\"gate-1-entry\",\"occurredAt\":\"2026-03-14T07:45:12.345Z\",\"score\":0.12}",
                new String(request.body(), StandardCharsets.UTF_8));
        long timestamp = Long.parseLong(request.header("Gatepass-Timestamp"));
        assertTrue(timestamp >= before && timestamp <= after, "the timestamp is the time of posting, in seconds");
        assertEquals(hmac(SECRET, request.header("Gatepass-Timestamp") + "." + new String(request.body(), StandardCharsets.UTF_8)),
                request.header("Gatepass-Signature"));
    }

    @Test
    void aMovementNamesThePersonAndEscapesTheirNameInTheJson() throws Exception {
        Notifier webhook = configure("hr", Map.of("url", receiver.url("/in-out")));
        Person person = new Person(7L, "S-12", "Zo\u00eb \"Ace\" O'Neil\\\n\u0001\u2028", null, null, PersonCategory.STUDENT,
                PersonStatus.ACTIVE, null);
        NotificationSubject subject = new NotificationSubject(
                new GateEvent(42L, 7L, "gate-1-exit", Direction.OUT, Decision.ADMITTED, 0.873, OCCURRED), person);

        webhook.deliver(new Notification(10, "outbox-10", subject, webhook.recipients(subject).getFirst(), 1, null));

        String body = new String(receiver.next(PATIENCE).body(), StandardCharsets.UTF_8);
        assertEquals("{\"eventId\":42,\"decision\":\"ADMITTED\",\"alert\":false,\"direction\":\"OUT\",\"person\":{\"id\":7,"
                + "\"externalId\":\"S-12\",\"name\":\"Zo\u00eb \\\"Ace\\\" O'Neil\\\\\\n\\u0001\\u2028\",\"category\":\"STUDENT\"},"
                + "\"camera\":\"gate-1-exit\",\"occurredAt\":\"2026-03-14T07:45:12.345Z\",\"score\":0.873}", body);
    }

    @Test
    void theSnapshotIsIncludedAsBase64OnlyWhenConfigured() throws Exception {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10, 0x00, (byte) 0xD9};
        NotificationSubject subject = new NotificationSubject(
                new GateEvent(43L, null, "lab", null, Decision.UNKNOWN_FACE, null, OCCURRED), null);
        Notifier withSnapshot = configure("with-snapshot", Map.of("url", receiver.url("/a"), "include.snapshot", true));
        Notifier without = configure("without-snapshot", Map.of("url", receiver.url("/b")));

        withSnapshot.deliver(new Notification(11, "k-11", subject, withSnapshot.recipients(subject).getFirst(), 1, jpeg));
        without.deliver(new Notification(12, "k-12", subject, without.recipients(subject).getFirst(), 1, jpeg));

        assertTrue(new String(receiver.next(PATIENCE).body(), StandardCharsets.UTF_8)
                .endsWith(",\"score\":null,\"snapshotJpeg\":\"" + Base64.getEncoder().encodeToString(jpeg) + "\"}"));
        assertTrue(new String(receiver.next(PATIENCE).body(), StandardCharsets.UTF_8).endsWith(",\"score\":null}"));
    }

    @Test
    void anEndpointHearsOnlyTheKindsOfEventItWants() throws Exception {
        Notifier alertsOnly = configure("alerts-only", Map.of("url", receiver.url("/"), "movements", false));
        Notifier movementsOnly = configure("movements-only", Map.of("url", receiver.url("/"), "alerts", false));
        NotificationSubject alert = new NotificationSubject(
                new GateEvent(44L, 3L, "gate", null, Decision.BLOCKED_PERSON, 0.9, OCCURRED), null);
        NotificationSubject movement = new NotificationSubject(
                new GateEvent(45L, 3L, "gate", Direction.IN, Decision.ADMITTED, 0.9, OCCURRED), null);

        assertEquals(1, alertsOnly.recipients(alert).size());
        assertEquals(List.of(), alertsOnly.recipients(movement));
        assertEquals(List.of(), movementsOnly.recipients(alert));
        assertEquals(1, movementsOnly.recipients(movement).size());
    }

    @Test
    void aServerErrorIsRetriedWithTheSameIdempotencyKeyAndAFreshSignature() throws Exception {
        Notifier webhook = configure("retry", Map.of("url", receiver.url("/")));
        NotificationSubject subject = movement(46L);
        Recipient endpoint = webhook.recipients(subject).getFirst();
        receiver.answer(500).answer(429);

        DeliveryException serverError = assertThrows(DeliveryException.class,
                () -> webhook.deliver(new Notification(13, "outbox-13", subject, endpoint, 1, null)));
        DeliveryException rateLimited = assertThrows(DeliveryException.class,
                () -> webhook.deliver(new Notification(13, "outbox-13", subject, endpoint, 2, null)));
        webhook.deliver(new Notification(13, "outbox-13", subject, endpoint, 3, null));

        assertFalse(serverError.permanent(), "HTTP 500 is worth retrying");
        assertEquals(receiver.url("/") + " answered HTTP 500", serverError.getMessage());
        assertFalse(rateLimited.permanent(), "HTTP 429 is worth retrying");
        for (int attempt = 1; attempt <= 3; attempt++) {
            TestReceiver.Request request = receiver.next(PATIENCE);
            assertEquals("outbox-13", request.header("Idempotency-Key"), "attempt " + attempt);
            assertEquals(hmac(SECRET, request.header("Gatepass-Timestamp") + "." + new String(request.body(), StandardCharsets.UTF_8)),
                    request.header("Gatepass-Signature"), "attempt " + attempt);
        }
    }

    @Test
    void aRejectedRequestIsGivenUp() throws Exception {
        Notifier webhook = configure("rejecting", Map.of("url", receiver.url("/")));
        NotificationSubject subject = movement(47L);
        receiver.answer(400).answer(301);

        DeliveryException badRequest = assertThrows(DeliveryException.class, () -> webhook
                .deliver(new Notification(14, "outbox-14", subject, webhook.recipients(subject).getFirst(), 1, null)));
        DeliveryException moved = assertThrows(DeliveryException.class, () -> webhook
                .deliver(new Notification(15, "outbox-15", subject, webhook.recipients(subject).getFirst(), 1, null)));

        assertTrue(badRequest.permanent(), "HTTP 400 will be refused again");
        assertEquals(receiver.url("/") + " answered HTTP 400", badRequest.getMessage());
        assertTrue(moved.permanent(), "a redirect is not followed for a POST");
    }

    @Test
    void aSlowOrUnreachableEndpointIsRetriedLater() throws Exception {
        Notifier slow = configure("slow", Map.of("url", receiver.url("/"), "request.timeout.ms", 300));
        NotificationSubject subject = movement(48L);
        receiver.answer(200, Duration.ofSeconds(3));

        long start = System.nanoTime();
        DeliveryException timeout = assertThrows(DeliveryException.class,
                () -> slow.deliver(new Notification(16, "outbox-16", subject, slow.recipients(subject).getFirst(), 1, null)));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(2)) < 0, "gave up waiting after the timeout");
        assertFalse(timeout.permanent());
        assertEquals("no answer from 127.0.0.1:" + receiver.url("/").replaceAll(".*:(\\d+)/", "$1") + " within 300 ms", timeout.getMessage());

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Notifier unreachable = configure("unreachable", Map.of("url", "http://127.0.0.1:" + closedPort + "/"));
        DeliveryException refused = assertThrows(DeliveryException.class, () -> unreachable
                .deliver(new Notification(17, "outbox-17", subject, unreachable.recipients(subject).getFirst(), 1, null)));
        assertFalse(refused.permanent());
        assertTrue(refused.getMessage().startsWith("could not post to 127.0.0.1:" + closedPort), refused.getMessage());
    }

    @Test
    void withoutItsSecretNothingIsPostedAndTheErrorNamesTheKey() throws Exception {
        Notifier webhook = configure("no-secret", Map.of("url", receiver.url("/"), "secret.key", "notify.webhook.test.absent"));
        NotificationSubject subject = movement(49L);

        DeliveryException missing = assertThrows(DeliveryException.class, () -> webhook
                .deliver(new Notification(18, "outbox-18", subject, webhook.recipients(subject).getFirst(), 1, null)));

        assertFalse(missing.permanent(), "the notification waits until the administrator stores the secret");
        assertTrue(missing.getMessage().contains("no signing secret is stored under the key 'notify.webhook.test.absent'"),
                missing.getMessage());
        Thread.sleep(200);
        assertEquals(0, receiver.pending(), "nothing was posted unsigned");
    }

    @Test
    void aConfigurationWithAnUnusableUrlFailsToActivateWithTheReason() throws Exception {
        Configuration configuration = configurationAdmin.getFactoryConfiguration(WebhookNotifier.PID, "bad-url", "?");
        configurations.add(configuration);
        configuration.update(new Hashtable<>(Map.of("notifier.name", "webhook.bad-url", "url", "ftp://example.org/x",
                "secret.key", "notify.webhook.test.secret")));
        tracker("webhook.bad-url");

        ComponentDescriptionDTO description = scr.getComponentDescriptionDTO(context.getBundle(), WebhookNotifier.class.getName());
        assertNotNull(description);
        String failure = null;
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (failure == null && System.nanoTime() < deadline) {
            failure = scr.getComponentConfigurationDTOs(description).stream()
                    .filter(dto -> "webhook.bad-url".equals(dto.properties.get("notifier.name")))
                    .filter(dto -> dto.state == ComponentConfigurationDTO.FAILED_ACTIVATION)
                    .map(dto -> dto.failure).findFirst().orElse(null);
            Thread.sleep(50);
        }
        assertNotNull(failure, "the component failed to activate");
        assertTrue(failure.contains("The webhook URL must be an http:// or https:// address, not ftp://example.org/x"), failure);
    }

    private static NotificationSubject movement(long eventId) {
        return new NotificationSubject(new GateEvent(eventId, 5L, "gate", Direction.IN, Decision.ADMITTED, 0.8, OCCURRED), null);
    }

    /** Configures an endpoint signed with {@link #SECRET} (unless the settings name another key) and waits for it. */
    private Notifier configure(String name, Map<String, Object> settings) throws Exception {
        String secretKey = "notify.webhook.test." + name;
        secrets.put(secretKey, SECRET);
        secretKeys.add(secretKey);
        Hashtable<String, Object> properties = new Hashtable<>(Map.of("notifier.name", "webhook." + name, "secret.key", secretKey));
        properties.putAll(settings);
        Configuration configuration = configurationAdmin.getFactoryConfiguration(WebhookNotifier.PID, name, "?");
        configurations.add(configuration);
        configuration.update(properties);
        Notifier notifier = tracker("webhook." + name).waitForService(PATIENCE.toMillis());
        assertNotNull(notifier, "a Notifier named webhook." + name + " was registered");
        assertEquals("webhook." + name, notifier.name());
        return notifier;
    }

    /** Tracks the named notifier; the tracker stays open for the test so the component stays active. */
    private ServiceTracker<Notifier, Notifier> tracker(String name) throws Exception {
        ServiceTracker<Notifier, Notifier> tracker = new ServiceTracker<>(context, context.createFilter(
                "(&(objectClass=" + Notifier.class.getName() + ")(" + Notifier.NAME_PROPERTY + "=" + name + "))"), null);
        tracker.open();
        trackers.add(tracker);
        return tracker;
    }

    /** The receiver's side of the scheme, written out independently of the notifier's code. */
    private static String hmac(String secret, String signedText) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(signedText.getBytes(StandardCharsets.UTF_8)));
    }
}
