package org.gatepass.notify.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Dictionary;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gatepass.core.StorageException;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.notify.ClaimedNotification;
import org.gatepass.core.notify.DeliveryException;
import org.gatepass.core.notify.Notification;
import org.gatepass.core.notify.NotificationPlanner;
import org.gatepass.core.notify.NotificationSubject;
import org.gatepass.core.notify.Notifier;
import org.gatepass.core.notify.OutboxEntry;
import org.gatepass.core.notify.OutboxStatus;
import org.gatepass.core.notify.Recipient;
import org.gatepass.core.notify.RecipientRole;
import org.gatepass.core.pass.VisitorPass;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonStatus;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.core.storage.NotificationOutbox;
import org.gatepass.core.storage.PassRepository;
import org.gatepass.core.storage.PersonRepository;
import org.gatepass.gate.GateProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventHandler;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.dictionary.Dictionaries;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The outbox and its relay end to end, through the workstation's own services on a real database (H2, and
 * MySQL/MariaDB in the build's second run): events are stored through the gate event repository, notifiers are
 * OSGi services as plug-ins would be, and every delivery goes through the running relay. The relay runs with
 * short settings: poll 1 s, deliveries time out after 1 s, retries after 1 s doubling to 2 s, 3 attempts, alert
 * digest {@value #DIGEST_SECONDS} s.
 */
@ExtendWith({ BundleContextExtension.class, ServiceExtension.class })
class OutboxRelayTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final int DIGEST_SECONDS = 3;
    private static final AtomicInteger NAMES = new AtomicInteger();

    @InjectBundleContext
    static BundleContext context;
    @InjectService(timeout = 10_000)
    static ConfigurationAdmin configurations;
    @InjectService(timeout = 10_000)
    static NotificationOutbox outbox;
    @InjectService(timeout = 10_000)
    static GateEventRepository events;
    @InjectService(timeout = 10_000)
    static PersonRepository persons;
    @InjectService(timeout = 10_000)
    static EventAdmin eventAdmin;
    @InjectService(timeout = 10_000)
    static PassRepository passes;

    private static Configuration relaySettings;
    private final List<ServiceRegistration<Notifier>> registered = new ArrayList<>();
    private final List<CountDownLatch> hangs = new ArrayList<>();
    private Person ada;

    @BeforeAll
    static void configureRelay() throws Exception {
        TestDatabaseServer.requireReachable(outbox);
        relaySettings = configurations.getConfiguration(OutboxRelay.PID, "?");
        applyRelaySettings(1);
    }

    @AfterAll
    static void removeSettings() throws Exception {
        if (relaySettings != null) {
            relaySettings.delete();
        }
        if (TestDatabaseServer.isMysql()) {
            TestDatabaseServer.dropMysqlSchema();
        }
    }

    @BeforeEach
    void storePerson() {
        ada = persons.insert(new Person(null, null, "Ada Lovelace", "ada@example.org", null, PersonCategory.EMPLOYEE,
                PersonStatus.ACTIVE, "guardian@example.org"));
    }

    @AfterEach
    void unregisterNotifiers() {
        hangs.forEach(CountDownLatch::countDown);
        registered.forEach(ServiceRegistration::unregister);
    }

    @Test
    void rowsAreWrittenWithTheEventAndDeliveredOnce() throws Exception {
        TestNotifier email = register(new TestNotifier(name("email"), personAndGuardian(), (call, n) -> { }));

        GateEvent event = events.record(GateEvent.admitted(ada.id(), "cam-1", Direction.IN, Instant.now()));

        List<OutboxEntry> rows = outbox.ofEvent(event.id());
        assertEquals(2, rows.size(), "one row per recipient, written with the event: " + rows);
        assertEquals(Set.of("ada@example.org", "guardian@example.org"), rows.stream().map(OutboxEntry::address).collect(Collectors.toSet()));
        assertEquals(2, rows.stream().map(OutboxEntry::idempotencyKey).distinct().count());
        awaitStatus(event.id(), OutboxStatus.DELIVERED);

        assertEquals(2, email.calls.size(), "each row delivered exactly once");
        Set<String> keys = rows.stream().map(OutboxEntry::idempotencyKey).collect(Collectors.toSet());
        assertEquals(keys, new HashSet<>(email.acceptedKeys()));
        Notification sent = email.accepted.get(0);
        assertEquals(event.id(), sent.subject().event().id());
        assertEquals(ada, sent.subject().knownPerson().orElseThrow(), "the person is loaded with the event");
        assertTrue(sent.snapshot().isEmpty(), "an admitted movement has no picture");
        for (OutboxEntry row : outbox.ofEvent(event.id())) {
            assertEquals(1, row.attempts());
            assertNotNull(row.deliveredAt());
            assertNull(row.leaseUntil());
        }
        Thread.sleep(1500);
        assertEquals(2, email.calls.size(), "delivered rows are never sent again");
    }

    @Test
    void aVisitorsPassIsSentThroughTheOutboxOnceAndAgainWhenAskedAgain() throws Exception {
        TestNotifier mail = register(new TestNotifier(name("email"), subject -> subject.isInvitation()
                ? List.of(new Recipient(RecipientRole.PERSON, subject.pass().visitorEmail())) : List.of(), (call, n) -> { }));
        Person vic = persons.insert(new Person(null, null, "Vic Visitor", "vic@example.org", null, PersonCategory.VISITOR, PersonStatus.ACTIVE,
                "host@example.org"));
        Instant now = Instant.now();
        VisitorPass pass = passes.insert(VisitorPass.newPass(vic.id(), "Audit", now, now.plusSeconds(3600), List.of()), now, "test");

        assertEquals(1, passes.queueInvitation(pass.id(), now));
        await(() -> mail.accepted.size() == 1, "the pass is sent");
        Notification sent = mail.accepted.get(0);
        assertTrue(sent.subject().isInvitation() && sent.subject().event() == null);
        assertEquals(pass.id(), sent.subject().pass().pass().id());
        assertEquals("vic@example.org", sent.recipient().address());
        assertEquals(vic, sent.subject().person(), "the visitor is loaded with the pass");
        assertTrue(sent.idempotencyKey().startsWith("gp-pass-" + pass.id() + "-"), sent.idempotencyKey());
        List<OutboxEntry> rows = outbox.recent(100).stream().filter(r -> pass.id().equals(r.passId())).toList();
        assertEquals(1, rows.size(), rows::toString);
        assertNull(rows.get(0).eventId());

        assertEquals(1, passes.queueInvitation(pass.id(), now.plusSeconds(5)));
        await(() -> mail.accepted.size() == 2, "the pass is sent again when asked again");
        assertNotEquals(sent.idempotencyKey(), mail.accepted.get(1).idempotencyKey(), "a new message, not a repeat of the first");
        Thread.sleep(1500);
        assertEquals(2, mail.calls.size(), "each sending delivered once");
    }

    @Test
    void aFailingStoreKeepsNeitherTheEventNorItsRows() {
        TestNotifier email = register(new TestNotifier(name("email"), personAndGuardian(), (call, n) -> { }));
        long latestBefore = events.latestId();
        int rowsBefore = total(outbox.counts());

        // The snapshot is inserted after the outbox rows and may not be null: the whole transaction fails.
        GateEvent alert = new GateEvent(null, ada.id(), "cam-1", null, Decision.BLOCKED_PERSON, 0.9, Instant.now());
        assertThrows(StorageException.class, () -> events.record(alert, null));
        assertEquals(1, email.recipientsAsked.get(), "the rows were planned before the failure");

        assertEquals(latestBefore, events.latestId(), "no event stored");
        assertEquals(rowsBefore, total(outbox.counts()), "no outbox rows stored");
    }

    @Test
    void alertsCarryTheirSnapshotAndUnknownFacesHaveNoPerson() {
        TestNotifier desk = register(new TestNotifier(name("desk"), subject -> List.of(new Recipient(RecipientRole.SECURITY, "desk@example.org")),
                (call, n) -> { }));
        byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, 1, 2, 3, (byte) 0xFF, (byte) 0xD9 };

        GateEvent alert = events.record(new GateEvent(null, null, "cam-2", null, Decision.UNKNOWN_FACE, null, Instant.now()), jpeg);

        awaitStatus(alert.id(), OutboxStatus.DELIVERED);
        Notification sent = desk.accepted.get(0);
        assertTrue(sent.subject().knownPerson().isEmpty());
        assertArrayEquals(jpeg, sent.snapshot().orElseThrow(), "the alert's picture is attached");
    }

    @Test
    void alertsToTheSecurityDeskAreSentFirstAtOnceThenAsOneDigestPerGroup() throws Exception {
        TestNotifier desk = register(new TestNotifier(name("desk"), subject -> subject.event().decision().isAlert()
                ? List.of(new Recipient(RecipientRole.SECURITY, "desk@example.org")) : List.of(), (call, n) -> { }));
        byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, 7, (byte) 0xFF, (byte) 0xD9 };

        GateEvent first = events.record(unknownFace("cam-a"), jpeg);
        awaitStatus(first.id(), OutboxStatus.DELIVERED);
        Instant firstSent = desk.calls.get(0).at();
        assertFalse(desk.accepted.get(0).isDigest(), "the first alert of a group goes at once, on its own");
        assertEquals("unknown:cam-a", row(first).digestKey());

        List<GateEvent> lingering = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lingering.add(events.record(unknownFace("cam-a"), jpeg));
        }
        GateEvent otherDoor = events.record(unknownFace("cam-b"), jpeg);
        GateEvent blocked = events.record(new GateEvent(null, ada.id(), "cam-a", null, Decision.BLOCKED_PERSON, 0.8, Instant.now()), jpeg);
        awaitStatus(otherDoor.id(), OutboxStatus.DELIVERED);
        awaitStatus(blocked.id(), OutboxStatus.DELIVERED);
        assertEquals("person:" + ada.id(), row(blocked).digestKey(), "alerts about a person are their own group");
        OutboxEntry held = row(lingering.get(0));
        if (Instant.now().isBefore(firstSent.plusSeconds(DIGEST_SECONDS))) {
            assertEquals(OutboxStatus.PENDING, held.status(), "held back until the digest is due");
            assertEquals(0, held.attempts(), "holding back is not a failed attempt");
        }

        for (GateEvent e : lingering) {
            awaitStatus(e.id(), OutboxStatus.DELIVERED);
        }
        List<TestNotifier.Call> aboutCamA = desk.calls.stream().filter(c -> "cam-a".equals(c.notification().subject().event().cameraId())
                && c.notification().subject().event().decision() == Decision.UNKNOWN_FACE).toList();
        assertEquals(2, aboutCamA.size(), "one message at once, then one digest: " + aboutCamA);
        Notification digest = aboutCamA.get(1).notification();
        assertEquals(lingering.get(4).id(), digest.subject().event().id(), "the digest is about the newest alert");
        assertEquals(lingering.subList(0, 4).stream().map(GateEvent::id).toList(),
                digest.earlier().stream().map(s -> s.event().id()).toList(), "with the earlier ones, oldest first");
        assertEquals(row(lingering.get(0)).idempotencyKey(), digest.idempotencyKey(), "keyed by its oldest alert");
        assertArrayEquals(jpeg, digest.snapshot().orElseThrow());
        assertFalse(aboutCamA.get(1).at().isBefore(firstSent.plusSeconds(DIGEST_SECONDS)),
                "not before a digest interval after the first message");
        assertEquals(4, desk.calls.size(), "cam-a twice, cam-b and the blocked person once each: " + desk.calls);
        for (GateEvent e : lingering) {
            assertEquals(1, row(e).attempts());
        }
    }

    @Test
    void transientFailuresAreRetriedWithGrowingPausesThenDeliveredOnce() throws Exception {
        TestNotifier email = register(new TestNotifier(name("email"), personOnly(), (call, n) -> {
            if (call <= 2) {
                throw DeliveryException.retryLater("451 mail server busy, call " + call, null);
            }
        }));

        GateEvent event = events.record(GateEvent.admitted(ada.id(), "cam-1", Direction.IN, Instant.now()));

        await(() -> row(event).attempts() == 1 && row(event).status() == OutboxStatus.PENDING, "first attempt recorded");
        OutboxEntry afterFirst = row(event);
        assertEquals("451 mail server busy, call 1", afterFirst.lastError());
        assertTrue(afterFirst.nextAttemptAt().isAfter(email.calls.get(0).at().plusMillis(900)), "next attempt about 1 s later: " + afterFirst);

        awaitStatus(event.id(), OutboxStatus.DELIVERED);
        OutboxEntry delivered = row(event);
        assertEquals(3, delivered.attempts());
        assertEquals("451 mail server busy, call 2", delivered.lastError(), "the last problem stays visible");
        assertEquals(3, email.calls.size());
        assertEquals(1, email.accepted.size(), "delivered exactly once");
        Set<String> keys = email.calls.stream().map(c -> c.notification().idempotencyKey()).collect(Collectors.toSet());
        assertEquals(Set.of(delivered.idempotencyKey()), keys, "every attempt carries the same key");
        Duration firstPause = Duration.between(email.calls.get(0).at(), email.calls.get(1).at());
        Duration secondPause = Duration.between(email.calls.get(1).at(), email.calls.get(2).at());
        assertTrue(firstPause.toMillis() >= 950, "first pause " + firstPause);
        assertTrue(secondPause.toMillis() >= 1950, "second pause doubles: " + secondPause);
        assertEquals(List.of(1, 2, 3), email.calls.stream().map(c -> c.notification().attempt()).toList());
    }

    @Test
    void aPermanentFailureIsGivenUpAndCanBeRetriedByHand() throws Exception {
        TestNotifier email = register(new TestNotifier(name("email"), personOnly(), (call, n) -> {
            if (call == 1) {
                throw DeliveryException.giveUp("550 no such mailbox", null);
            }
        }));

        GateEvent event = events.record(GateEvent.admitted(ada.id(), "cam-1", Direction.IN, Instant.now()));

        awaitStatus(event.id(), OutboxStatus.FAILED);
        Thread.sleep(2500);
        assertEquals(1, email.calls.size(), "a given-up row is not tried again");
        assertEquals("550 no such mailbox", row(event).lastError());
        assertTrue(outbox.counts().getOrDefault(OutboxStatus.FAILED, 0) >= 1);
        assertTrue(outbox.recent(50).stream().anyMatch(r -> r.id() == row(event).id()), "shown among the recent rows");

        assertEquals(1, outbox.retryNow(List.of(row(event).id()), Instant.now()));
        awaitStatus(event.id(), OutboxStatus.DELIVERED);
        assertEquals(2, email.calls.size());
        assertEquals(1, email.accepted.size());
    }

    @Test
    void transientFailuresAreGivenUpAfterTheMaximumAttempts() {
        TestNotifier hook = register(new TestNotifier(name("hook"), personOnly(), (call, n) -> {
            throw DeliveryException.retryLater("HTTP 503", null);
        }));

        GateEvent event = events.record(GateEvent.admitted(ada.id(), "cam-1", Direction.IN, Instant.now()));

        awaitStatus(event.id(), OutboxStatus.FAILED);
        assertEquals(3, row(event).attempts());
        assertEquals("HTTP 503 (gave up after 3 attempts)", row(event).lastError());
        assertEquals(3, hook.calls.size());
    }

    @Test
    void aHangingOrThrowingNotifierDoesNotHoldUpOthers() throws Exception {
        CountDownLatch never = hang();
        TestNotifier hanging = register(new TestNotifier(name("hanging"), personOnly(), (call, n) -> awaitUninterruptibly(never)));
        TestNotifier throwing = register(new TestNotifier(name("throwing"), personOnly(), (call, n) -> {
            throw new IllegalStateException("plug-in bug");
        }));
        TestNotifier fast = register(new TestNotifier(name("fast"), personOnly(), (call, n) -> { }));

        List<GateEvent> stored = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            stored.add(events.record(GateEvent.admitted(ada.id(), "cam-" + i, i % 2 == 0 ? Direction.IN : Direction.OUT, Instant.now())));
        }

        await(() -> fast.accepted.size() == 3, "the fast notifier's rows delivered while another one hangs");
        long timedOut = stored.stream().filter(e -> rowOf(e, hanging.name()).lastError() != null).count();
        assertTrue(timedOut < 3, "the fast notifier did not wait for the hanging one's three time-outs");
        await(() -> rowOf(stored.get(0), hanging.name()).attempts() >= 1
                && rowOf(stored.get(0), hanging.name()).status() == OutboxStatus.PENDING, "the hung delivery timed out");
        assertEquals("no answer within 1 s", rowOf(stored.get(0), hanging.name()).lastError());
        await(() -> rowOf(stored.get(0), throwing.name()).lastError() != null, "the throwing notifier's failure recorded");
        assertEquals("notifier threw java.lang.IllegalStateException: plug-in bug", rowOf(stored.get(0), throwing.name()).lastError());
        for (GateEvent e : stored) {
            assertEquals(OutboxStatus.DELIVERED, rowOf(e, fast.name()).status());
        }
    }

    @Test
    void aNotifierThatHangsOrThrowsWhileNamingRecipientsLosesNoEvent() {
        CountDownLatch never = hang();
        register(new TestNotifier(name("slow"), subject -> {
            awaitUninterruptibly(never);
            return List.of(new Recipient(RecipientRole.PERSON, "late@example.org"));
        }, (call, n) -> { }));
        register(new TestNotifier(name("broken"), subject -> {
            throw new IllegalStateException("recipients bug");
        }, (call, n) -> { }));
        TestNotifier fine = register(new TestNotifier(name("fine"), personOnly(), (call, n) -> { }));

        // the slow notifier never answers: storing returns at all only because its call is limited
        GateEvent event = events.record(GateEvent.admitted(ada.id(), "cam-1", Direction.IN, Instant.now()));

        assertEquals(List.of(fine.name()), outbox.ofEvent(event.id()).stream().map(OutboxEntry::notifier).toList());
        awaitStatus(event.id(), OutboxStatus.DELIVERED);
    }

    @Test
    void rowsOfAnAbsentNotifierWaitAndARelayThatDiedIsTakenOverWithTheSameKey() throws Exception {
        String name = name("email");
        ServiceRegistration<Notifier> first = registerService(new TestNotifier(name, personOnly(), (call, n) -> {
            throw DeliveryException.giveUp("first instance refuses", null);
        }));
        GateEvent event = events.record(GateEvent.admitted(ada.id(), "cam-1", Direction.IN, Instant.now()));
        awaitStatus(event.id(), OutboxStatus.FAILED);
        first.unregister();
        registered.remove(first);
        assertEquals(1, outbox.retryNow(List.of(row(event).id()), Instant.now()));

        Thread.sleep(2500);
        assertEquals(OutboxStatus.PENDING, row(event).status(), "a row waits, pending, while its notifier is absent");
        assertEquals(0, row(event).attempts());

        // Another station's relay claims the row, sends it and dies before recording the delivery.
        List<ClaimedNotification> held = outbox.claim(List.of(name), 10, Instant.now(), Duration.ofSeconds(2));
        assertEquals(1, held.size());
        TestNotifier channel = new TestNotifier(name, personOnly(), (call, n) -> { });
        OutboxEntry claimed = held.get(0).entry();
        channel.deliver(new Notification(claimed.id(), claimed.idempotencyKey(), held.get(0).subject(), claimed.recipient(),
                claimed.attempts(), null));
        assertTrue(outbox.claim(List.of(name), 10, Instant.now(), Duration.ofSeconds(2)).isEmpty(), "a held row is not claimed twice");
        Instant leaseEnd = row(event).leaseUntil();

        register(channel);
        awaitStatus(event.id(), OutboxStatus.DELIVERED);
        assertEquals(2, channel.calls.size());
        assertEquals(claimed.idempotencyKey(), channel.calls.get(1).notification().idempotencyKey(), "sent again with the same key");
        assertFalse(channel.calls.get(1).at().isBefore(leaseEnd.minusMillis(50)), "taken over only once the lease ran out");
        assertEquals(2, row(event).attempts());
        assertFalse(outbox.markDelivered(held.get(0), Instant.now()), "the dead relay's hold is void");
    }

    @Test
    void twoRelaysOnOneDatabaseDeliverEachRowOnce() throws Exception {
        TestNotifier email = register(new TestNotifier(name("email"), personAndGuardian(), (call, n) -> pause(5)));
        RelaySettings settings = new RelaySettings(Duration.ofMillis(200), 3, Duration.ofSeconds(5), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(2), 3, Duration.ofHours(1), Duration.ZERO);
        OutboxRelay second = new OutboxRelay(outbox, events, settings);
        try {
            second.addNotifier(email);
            List<GateEvent> stored = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                stored.add(events.record(GateEvent.admitted(ada.id(), "cam-1", i % 2 == 0 ? Direction.IN : Direction.OUT, Instant.now())));
            }
            for (GateEvent e : stored) {
                awaitStatus(e.id(), OutboxStatus.DELIVERED);
            }
        } finally {
            second.stop();
        }
        Map<String, Long> perKey = email.acceptedKeys().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(40, perKey.size());
        assertTrue(perKey.values().stream().allMatch(c -> c == 1), "some row delivered twice: " + perKey);
        assertEquals(40, email.calls.size());
    }

    @Test
    void aStoredGateEventWakesTheRelayAtOnce() throws Exception {
        applyRelaySettings(60);
        try {
            TestNotifier email = register(new TestNotifier(name("email"), personOnly(), (call, n) -> { }));
            Thread.sleep(500); // the lane's first look on registration finds nothing

            GateEvent quiet = events.record(GateEvent.admitted(ada.id(), "cam-1", Direction.IN, Instant.now()));
            Thread.sleep(2000);
            assertEquals(OutboxStatus.PENDING, row(quiet).status(), "no announcement and a long poll interval: nothing yet");

            GateEvent announced = events.record(GateEvent.admitted(ada.id(), "cam-1", Direction.OUT, Instant.now()));
            eventAdmin.postEvent(new Event(GateProperties.EVENT_TOPIC, Map.of("event.id", announced.id(), "camera.id", "cam-1",
                    "decision", Decision.ADMITTED.name())));
            await(() -> email.accepted.size() == 2, "both rows delivered soon after the announcement");
        } finally {
            applyRelaySettings(1);
        }
    }

    // --- helpers

    private static void applyRelaySettings(int pollSeconds) throws Exception {
        Dictionary<String, Object> settings = Dictionaries.asDictionary(Map.<String, Object> of("pollIntervalSeconds", pollSeconds,
                "deliveryTimeoutSeconds", 1, "retryInitialSeconds", 1, "retryMaxSeconds", 2, "maxAttempts", 3, "recipientsTimeoutMillis", 500,
                "batchSize", 5, "alertDigestSeconds", DIGEST_SECONDS));
        relaySettings.update(settings);
        await(() -> applied(EventHandler.class, OutboxRelay.class, pollSeconds) && applied(NotificationPlanner.class, RecipientPlanner.class,
                pollSeconds), "relay settings applied");
    }

    /** DS publishes a component's configuration as properties of its service. */
    private static boolean applied(Class<?> service, Class<?> component, int pollSeconds) {
        try {
            Collection<? extends ServiceReference<?>> refs = context.getServiceReferences(service,
                    "(component.name=" + component.getName() + ")");
            return refs.stream().anyMatch(r -> Objects.equals(pollSeconds, r.getProperty("pollIntervalSeconds")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private TestNotifier register(TestNotifier notifier) {
        registerService(notifier);
        return notifier;
    }

    private ServiceRegistration<Notifier> registerService(TestNotifier notifier) {
        ServiceRegistration<Notifier> registration = context.registerService(Notifier.class, notifier,
                Dictionaries.dictionaryOf(Notifier.NAME_PROPERTY, notifier.name()));
        registered.add(registration);
        return registration;
    }

    private CountDownLatch hang() {
        CountDownLatch latch = new CountDownLatch(1);
        hangs.add(latch);
        return latch;
    }

    /** Hangs like a plug-in stuck in I/O that ignores interrupts, until the test ends. */
    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException ignored) {
                // a stuck plug-in does not notice
            }
        }
    }

    private static String name(String kind) {
        return "test-" + kind + "-" + NAMES.incrementAndGet();
    }

    private static Function<NotificationSubject, List<Recipient>> personOnly() {
        return subject -> subject.knownPerson().map(p -> List.of(new Recipient(RecipientRole.PERSON, p.email()))).orElse(List.of());
    }

    private static Function<NotificationSubject, List<Recipient>> personAndGuardian() {
        return subject -> subject.knownPerson()
                .map(p -> List.of(new Recipient(RecipientRole.PERSON, p.email()), new Recipient(RecipientRole.GUARDIAN, p.guardianEmail())))
                .orElse(List.of());
    }

    private static GateEvent unknownFace(String camera) {
        return new GateEvent(null, null, camera, null, Decision.UNKNOWN_FACE, null, Instant.now());
    }

    private static OutboxEntry row(GateEvent event) {
        List<OutboxEntry> rows = outbox.ofEvent(event.id());
        assertEquals(1, rows.size(), rows.toString());
        return rows.get(0);
    }

    private static OutboxEntry rowOf(GateEvent event, String notifier) {
        return outbox.ofEvent(event.id()).stream().filter(r -> r.notifier().equals(notifier)).findFirst().orElseThrow();
    }

    private static int total(Map<OutboxStatus, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static void awaitStatus(long eventId, OutboxStatus status) {
        await(() -> {
            List<OutboxEntry> rows = outbox.ofEvent(eventId);
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.status() == status);
        }, "rows of event " + eventId + " " + status);
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting: " + what + "; recent outbox rows: " + outbox.recent(5));
            }
            pause(50);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
