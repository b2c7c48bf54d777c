package org.gatepass.notify.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.camera.testing.WalkThroughScript;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.event.EventLogQuery;
import org.gatepass.core.event.EventLogSort;
import org.gatepass.core.notify.OutboxEntry;
import org.gatepass.core.notify.OutboxStatus;
import org.gatepass.core.security.OperatorService;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.core.storage.NotificationOutbox;
import org.gatepass.gate.CameraView;
import org.gatepass.gate.GateMonitor;
import org.gatepass.notify.email.EmailSettings;
import org.gatepass.notify.email.EmailSettingsService;
import org.gatepass.notify.email.SmtpSecurity;
import org.gatepass.persistence.testing.TestOperators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.dictionary.Dictionaries;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

import jakarta.mail.internet.MimeMessage;

/**
 * Issue 10's flood, as the security desk sees it: strangers come and go at a replayed door, each visit an
 * unknown-face alert; with a digest interval the desk gets the first alert at once and the rest in a few
 * messages, and every alert is in exactly one of them. Real gate, outbox, relay, e-mail notifier and SMTP server.
 */
@ExtendWith(ServiceExtension.class)
class AlertDigestWalkThroughTest {
    private static final String CAMERA = "replay-digest";
    private static final int FPS = 15;
    private static final int DIGEST_SECONDS = 6;

    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurations;
    @InjectService(timeout = 10_000)
    OperatorService operators;
    @InjectService(timeout = 10_000)
    GateEventRepository events;
    @InjectService(timeout = 10_000)
    NotificationOutbox outbox;
    @InjectService(timeout = 10_000)
    EmailSettingsService email;
    @InjectService(timeout = 30_000)
    ServiceAware<GateMonitor> gates;

    @Test
    void strangersLingeringAtTheDoorReachTheDeskAsAFewDigestsWithEveryAlertOnce() throws Exception {
        String desk = "desk." + System.nanoTime() + "@example.org";
        int port = MailWalks.freePort();
        GreenMail smtp = MailClassLoader.call(() -> {
            GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            return server;
        });
        email.save(TestOperators.admin(operators), new EmailSettings(true, "127.0.0.1", port, SmtpSecurity.NONE, "", "gate@example.org",
                "Gatepass", List.of(desk), EmailSettings.EMAIL_ROLES, true, 2_000, 2_000, "Main gate", ""));
        Configuration relay = configurations.getConfiguration("org.gatepass.notify.relay", "?");
        relay.update(Dictionaries.<String, Object> dictionaryOf("pollIntervalSeconds", 1, "alertDigestSeconds", DIGEST_SECONDS));
        GateMonitor before = gates.waitForService(10_000);
        Configuration gate = configurations.getConfiguration("org.gatepass.gate", "?");
        gate.update(Dictionaries.<String, Object> dictionaryOf("cooldownSeconds", 2, "confirmationFrames", 3));
        GateMonitor monitor = MailWalks.await("the gate restarts with the test's settings", () -> {
            GateMonitor now = gates.getService();
            return now != null && now != before ? now : null;
        }, Duration.ofSeconds(10));

        Path replay = Files.createTempDirectory("gatepass-digest-");
        WalkThroughScript script = new WalkThroughScript(replay).nobody(FPS);
        List<Path> visits = List.of(SharedFaces.photo("Colin_Powell", 40), SharedFaces.photo("Al_Pacino", 1),
                SharedFaces.photo("Colin_Powell", 49), SharedFaces.photo("Ali_Khamenei", 1), SharedFaces.photo("Al_Pacino", 2),
                SharedFaces.photo("Colin_Powell", 71), SharedFaces.photo("Ali_Khamenei", 2), SharedFaces.photo("Al_Pacino", 3));
        for (Path visit : visits) {
            script.appearance(visit, FPS).nobody(FPS / 2);
        }
        Instant started = Instant.now();
        Configuration camera = configurations.createFactoryConfiguration("org.gatepass.camera.replay", "?");
        camera.update(Dictionaries.<String, Object> dictionaryOf("camera.id", CAMERA, "path", replay.toString(), "fps", (double) FPS));
        try {
            MailWalks.await("the replay plays once", () -> monitor.cameras().stream().filter(c -> c.cameraId().equals(CAMERA)).map(CameraView::frame)
                    .anyMatch(f -> f != null && f.sequence() >= script.frames() - 1) ? Boolean.TRUE : null, Duration.ofSeconds(120));
            Duration walk = Duration.between(started, Instant.now());
            Thread.sleep(2_000); // the last visit's alert is stored after its frames were read
            List<EventLogEntry> alerts = events.log(new EventLogQuery("", EventLogSort.TIME, true, 0, 200)).stream()
                    .filter(e -> CAMERA.equals(e.cameraId()) && e.decision() == Decision.UNKNOWN_FACE).toList();
            assertTrue(alerts.size() >= visits.size() / 2, "the strangers' visits raise alerts: " + alerts.size());
            MailWalks.await("every alert is delivered", () -> alerts.stream().flatMap(a -> outbox.ofEvent(a.eventId()).stream())
                    .allMatch(r -> r.status() == OutboxStatus.DELIVERED) ? Boolean.TRUE : null, Duration.ofSeconds(DIGEST_SECONDS * 3L));

            List<MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages()).filter(m -> desk.equals(MailWalks.to(m))).toList();
            long mostExpected = 2 + walk.toSeconds() / DIGEST_SECONDS;
            assertTrue(mails.size() <= mostExpected && mails.size() < alerts.size(), mails.size() + " e-mails for " + alerts.size()
                    + " alerts in " + walk.toSeconds() + " s: one at once and at most one per " + DIGEST_SECONDS + " s after it");
            assertFalse(mails.get(0).getSubject().startsWith("Gatepass alerts:"), "the first alert goes on its own");
            int reported = 0;
            for (MimeMessage mail : mails) {
                reported += mail.getSubject().startsWith("Gatepass alerts:") ? sightings(mail) : 1;
            }
            assertEquals(alerts.size(), reported, "every alert is in exactly one e-mail");
            System.out.printf("Alert digest: %d unknown-face alerts in %d s reached the desk as %d e-mails (digest %d s)%n", alerts.size(),
                    walk.toSeconds(), mails.size(), DIGEST_SECONDS);
            List<OutboxEntry> rows = alerts.stream().flatMap(a -> outbox.ofEvent(a.eventId()).stream()).toList();
            assertTrue(rows.stream().allMatch(r -> ("unknown:" + CAMERA).equals(r.digestKey()) && r.attempts() == 1), rows::toString);
        } finally {
            camera.delete();
            gate.delete();
            relay.delete();
            smtp.stop();
            email.save(TestOperators.admin(operators), EmailSettings.defaults());
        }
    }

    /** The lines of a digest's plain text that list one alert each. */
    private static int sightings(MimeMessage mail) throws Exception {
        String text = new ReceivedMail(mail).only("text/plain").text();
        return (int) text.lines().filter(l -> l.contains("  " + CAMERA + "  Unknown face  ")).count();
    }
}
