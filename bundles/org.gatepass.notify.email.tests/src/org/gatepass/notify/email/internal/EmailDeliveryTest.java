package org.gatepass.notify.email.internal;

import static org.gatepass.notify.email.internal.Fixtures.DESK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.gatepass.core.DataDirectory;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.Direction;
import org.gatepass.core.notify.DeliveryException;
import org.gatepass.core.notify.Notification;
import org.gatepass.core.notify.NotificationSubject;
import org.gatepass.core.notify.Recipient;
import org.gatepass.core.notify.RecipientRole;
import org.gatepass.core.secret.SecretStore;
import org.gatepass.notify.email.EmailSettings;
import org.gatepass.notify.email.SmtpSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

/** E-mails as a real SMTP server (GreenMail) receives them: content, attachment, Message-ID, authentication, SMTPS. */
@ExtendWith(ServiceExtension.class)
class EmailDeliveryTest {
    private static final long WAIT_MS = 10_000;
    /** Not a JPEG decoder's business here: the bytes must arrive unchanged. */
    private static final byte[] SNAPSHOT = jpegLike();

    @InjectService(timeout = WAIT_MS)
    SecretStore secrets;

    private GreenMail greenMail;

    @BeforeEach
    void startServer() {
        greenMail = TestGreenMail.start(ServerSetupTest.SMTP);
    }

    @AfterEach
    void stopServer() {
        greenMail.stop();
        secrets.remove(SmtpMailer.PASSWORD_KEY);
    }

    @Test
    void aMovementArrivesAsTextAndHtmlWithTheEventsDetails() throws Exception {
        EmailNotifier notifier = notifier(Fixtures.plain(smtpPort()));
        notifier.deliver(Fixtures.notification("outbox-1", Fixtures.movement(Fixtures.student(), Direction.IN), RecipientRole.GUARDIAN,
                "parent@home.example", SNAPSHOT));

        ReceivedMail mail = onlyMail();
        ZonedDateTime local = Fixtures.AT.atZone(ZoneId.systemDefault());
        String date = DateTimeFormatter.ISO_LOCAL_DATE.format(local);
        String time = DateTimeFormatter.ofPattern("HH:mm:ss").format(local);
        assertEquals("Zoë O'Brien <Lab & Co>: In at North Gate, " + date + " " + time, mail.message.getSubject());
        assertEquals("[parent@home.example]", Arrays.toString(mail.message.getRecipients(MimeMessage.RecipientType.TO)));
        assertEquals("Gatepass North Gate <" + Fixtures.SENDER + ">", mail.message.getFrom()[0].toString().replace("\"", ""));
        assertEquals("auto-generated", mail.message.getHeader("Auto-Submitted", null));
        assertEquals("multipart/alternative", mail.topType, "a movement carries no snapshot");
        String text = mail.only("text/plain").text();
        assertTrue(text.contains("Zoë O'Brien <Lab & Co> went In at North Gate on " + date + " at " + time + "."), text);
        assertTrue(text.contains("gate-cam-1") && text.contains("S-042") && text.contains("Student"), text);
        String html = mail.only("text/html").text();
        assertTrue(html.contains("<strong>Zoë O&#39;Brien &lt;Lab &amp; Co&gt;</strong> went <strong>In</strong>"), html);
        assertFalse(html.contains("<Lab"), "values are escaped in HTML");
        assertTrue(html.contains(date) && html.contains(time) && html.contains("gate-cam-1"), html);
    }

    @Test
    void anAlertCarriesTheSnapshotWhenWanted() throws Exception {
        EmailNotifier notifier = notifier(Fixtures.plain(smtpPort()));
        notifier.deliver(Fixtures.notification("outbox-2", Fixtures.alert(Decision.UNKNOWN_FACE, null), RecipientRole.SECURITY, DESK, SNAPSHOT));

        ReceivedMail mail = onlyMail();
        assertTrue(mail.message.getSubject().startsWith("Gatepass alert: Unknown face at North Gate, "), mail.message.getSubject());
        assertEquals("multipart/mixed", mail.topType);
        ReceivedMail.Leaf snapshot = mail.only("image/jpeg");
        assertEquals("snapshot-202.jpg", snapshot.fileName());
        assertArrayEquals(SNAPSHOT, snapshot.bytes());
        assertTrue(mail.only("text/plain").text().contains("Person:   Unknown person"));
        assertTrue(mail.only("text/html").text().contains("gate-cam-2"));

        greenMail.reset();
        notifier(Fixtures.changed(Fixtures.plain(smtpPort()), EmailSettingsProperties.ATTACH_SNAPSHOT, false))
                .deliver(Fixtures.notification("outbox-3", Fixtures.alert(Decision.BLOCKED_PERSON, Fixtures.employee()), RecipientRole.SECURITY, DESK, SNAPSHOT));
        ReceivedMail without = onlyMail();
        assertEquals("multipart/alternative", without.topType, "snapshot attachment switched off");
        assertTrue(without.only("text/plain").text().contains("Blocked person") && without.only("text/plain").text().contains("Emma Employee"));
    }

    @Test
    void aDigestOfAlertsListsEverySightingAndCarriesTheNewestSnapshot() throws Exception {
        EmailNotifier notifier = notifier(Fixtures.plain(smtpPort()));
        List<NotificationSubject> earlier = List.of(Fixtures.alertAt(Decision.UNKNOWN_FACE, null, Fixtures.AT),
                Fixtures.alertAt(Decision.UNKNOWN_FACE, null, Fixtures.AT.plusSeconds(40)));
        NotificationSubject newest = Fixtures.alertAt(Decision.UNKNOWN_FACE, null, Fixtures.AT.plusSeconds(95));
        notifier.deliver(new Notification(9, "outbox-9", newest, new Recipient(RecipientRole.SECURITY, DESK), 1, SNAPSHOT, earlier));

        ReceivedMail mail = onlyMail();
        ZonedDateTime first = Fixtures.AT.atZone(ZoneId.systemDefault());
        String since = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(first);
        assertEquals("Gatepass alerts: 3 × Unknown face at North Gate since " + since, mail.message.getSubject());
        String text = mail.only("text/plain").text();
        for (int seconds : new int[] { 0, 40, 95 }) {
            String time = DateTimeFormatter.ofPattern("HH:mm:ss").format(first.plusSeconds(seconds));
            assertTrue(text.contains(time + "  gate-cam-2  Unknown face  Unknown person"), "every sighting listed: " + text);
        }
        assertTrue(mail.only("text/html").text().contains("<strong>3 alerts at North Gate since " + since + "</strong>"));
        assertEquals("snapshot-" + newest.event().id() + ".jpg", mail.only("image/jpeg").fileName(), "the newest alert's picture");
    }

    @Test
    void theMessageIdComesFromTheIdempotencyKeySoARepeatIsTheSameMessage() throws Exception {
        EmailNotifier notifier = notifier(Fixtures.plain(smtpPort()));
        var subject = Fixtures.movement(Fixtures.employee(), Direction.OUT);
        notifier.deliver(Fixtures.notification("outbox-77", subject, RecipientRole.PERSON, "emma@school.example", null));
        notifier.deliver(Fixtures.notification("outbox-77", subject, RecipientRole.PERSON, "emma@school.example", null));
        notifier.deliver(Fixtures.notification("outbox-78", subject, RecipientRole.PERSON, "emma@school.example", null));
        assertTrue(greenMail.waitForIncomingEmail(WAIT_MS, 3));

        List<String> ids = Arrays.stream(greenMail.getReceivedMessages()).map(EmailDeliveryTest::messageId).toList();
        assertEquals(EmailComposer.messageId("outbox-77", Fixtures.SENDER), ids.get(0));
        assertTrue(ids.get(0).matches("<gatepass\\.[0-9a-f]{32}@school\\.example>"), ids.get(0));
        assertEquals(ids.get(0), ids.get(1), "a repeated delivery is recognisably the same message");
        assertNotEquals(ids.get(0), ids.get(2));
    }

    @Test
    void anAdministratorsTemplateInTheDataFolderWins() throws Exception {
        Path folder = DataDirectory.resolve().resolve("templates/email");
        Files.createDirectories(folder);
        Path subject = folder.resolve("movement-subject.txt");
        Path html = folder.resolve("movement.html");
        Files.writeString(subject, "[{gate}] {name} is {status} ({camera}) {unknown}", StandardCharsets.UTF_8);
        Files.writeString(html, "<p>{name} / {decision}</p>", StandardCharsets.UTF_8);
        try {
            notifier(Fixtures.plain(smtpPort())).deliver(Fixtures.notification("outbox-4", Fixtures.movement(Fixtures.visitor(), Direction.OUT),
                    RecipientRole.HOST, "host@school.example", null));
            ReceivedMail mail = onlyMail();
            assertEquals("[North Gate] Victor Visitor is Out (gate-cam-1) {unknown}", mail.message.getSubject());
            assertEquals("<p>Victor Visitor / Admitted</p>", mail.only("text/html").text());
            assertTrue(mail.only("text/plain").text().startsWith("Victor Visitor went Out at North Gate"), "the shipped text template still applies");
        } finally {
            Files.delete(subject);
            Files.delete(html);
        }
    }

    @Test
    void loginUsesThePasswordFromTheSecretStoreAndAWrongOneIsGivenUp() throws Exception {
        greenMail.setUser(Fixtures.SENDER, "gate-mailer", "app-password-1");
        EmailSettings withLogin = Fixtures.settings("127.0.0.1", smtpPort(), SmtpSecurity.NONE, "gate-mailer", "");
        var notification = Fixtures.notification("outbox-5", Fixtures.movement(Fixtures.employee(), Direction.IN), RecipientRole.PERSON,
                "emma@school.example", null);

        secrets.put(SmtpMailer.PASSWORD_KEY, "wrong-password");
        DeliveryException refused = assertThrows(DeliveryException.class, () -> notifier(withLogin).deliver(notification));
        assertTrue(refused.permanent(), "wrong credentials are not retried");
        assertTrue(refused.getMessage().startsWith("Authentication failed at 127.0.0.1:" + smtpPort()), refused.getMessage());
        assertTrue(refused.getMessage().contains("app password"), refused.getMessage());
        assertEquals(0, greenMail.getReceivedMessages().length);

        secrets.put(SmtpMailer.PASSWORD_KEY, "app-password-1");
        notifier(withLogin).deliver(notification);
        assertEquals("[emma@school.example]", Arrays.toString(onlyMail().message.getAllRecipients()));
    }

    @Test
    void smtpsChecksTheServersCertificateAndHostName() throws Exception {
        TestCertificate certificate = TestCertificate.get();
        greenMail.stop();
        greenMail = TestGreenMail.start(ServerSetupTest.SMTPS);
        int port = greenMail.getSmtps().getPort();
        var notification = Fixtures.notification("outbox-6", Fixtures.alert(Decision.UNKNOWN_FACE, null), RecipientRole.SECURITY, DESK, SNAPSHOT);

        DeliveryException untrusted = assertThrows(DeliveryException.class,
                () -> notifier(Fixtures.settings("localhost", port, SmtpSecurity.SSL, "", "")).deliver(notification));
        assertTrue(untrusted.permanent(), untrusted.getMessage());
        assertTrue(untrusted.getMessage().startsWith("TLS failed with localhost:" + port), untrusted.getMessage());

        notifier(Fixtures.settings("localhost", port, SmtpSecurity.SSL, "", certificate.pem.toString())).deliver(notification);
        assertEquals("snapshot-202.jpg", onlyMail().only("image/jpeg").fileName());
    }

    @Test
    void aServerThatIsDownIsTriedAgainLater() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        DeliveryException down = assertThrows(DeliveryException.class, () -> notifier(Fixtures.plain(closedPort)).deliver(
                Fixtures.notification("outbox-7", Fixtures.movement(Fixtures.employee(), Direction.IN), RecipientRole.PERSON, "emma@school.example", null)));
        assertFalse(down.permanent());
        assertEquals("Connection refused by 127.0.0.1:" + closedPort + ": is the SMTP server running and the port right?", down.getMessage());
    }

    @Test
    void switchedOffOrInvalidSettingsDeliverNothing() {
        var notification = Fixtures.notification("outbox-8", Fixtures.movement(Fixtures.employee(), Direction.IN), RecipientRole.PERSON,
                "emma@school.example", null);
        DeliveryException off = assertThrows(DeliveryException.class,
                () -> notifier(Fixtures.changed(Fixtures.plain(smtpPort()), EmailSettingsProperties.ENABLED, false)).deliver(notification));
        assertTrue(off.permanent());

        var broken = new java.util.HashMap<>(Fixtures.properties(Fixtures.plain(smtpPort())));
        broken.put(EmailSettingsProperties.PORT, "twenty-five");
        EmailNotifier invalid = new EmailNotifier(secrets, broken);
        assertEquals(List.of(), invalid.recipients(notification.subject()));
        DeliveryException waiting = assertThrows(DeliveryException.class, () -> invalid.deliver(notification));
        assertFalse(waiting.permanent(), "a typo in the settings must not lose the e-mail");
        assertEquals("E-mail settings are invalid: smtp.port 'twenty-five' is not a whole number.", waiting.getMessage());
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    private EmailNotifier notifier(EmailSettings settings) {
        return new EmailNotifier(secrets, Fixtures.properties(settings));
    }

    private int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    private ReceivedMail onlyMail() throws Exception {
        assertTrue(greenMail.waitForIncomingEmail(WAIT_MS, 1), "an e-mail arrived");
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertEquals(1, received.length);
        return new ReceivedMail(received[0]);
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] jpegLike() {
        byte[] bytes = new byte[3000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        return bytes;
    }
}
