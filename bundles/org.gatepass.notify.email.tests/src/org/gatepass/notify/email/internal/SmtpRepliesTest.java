package org.gatepass.notify.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

import org.gatepass.core.event.Direction;
import org.gatepass.core.notify.DeliveryException;
import org.gatepass.core.notify.Notification;
import org.gatepass.core.notify.RecipientRole;
import org.gatepass.core.secret.SecretStore;
import org.gatepass.notify.email.SmtpSecurity;
import org.gatepass.notify.email.internal.ScriptedSmtpServer.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** What the notifier makes of an SMTP server's replies and of STARTTLS, against a scripted real SMTP server. */
@ExtendWith(ServiceExtension.class)
class SmtpRepliesTest {
    private static final Notification NOTIFICATION = Fixtures.notification("outbox-9", Fixtures.movement(Fixtures.employee(), Direction.IN),
            RecipientRole.PERSON, "emma@school.example", null);

    @InjectService(timeout = 10_000)
    SecretStore secrets;

    @ParameterizedTest(name = "{0} {1} -> permanent={2}")
    @CsvSource(delimiter = '|', value = {
            "RCPT     | 550 5.1.1 No such user here            | true",
            "RCPT     | 450 4.2.1 Mailbox busy, try later       | false",
            "RCPT     | 452 4.2.2 Mailbox full                  | false",
            "MAIL     | 451 4.3.0 Local error, try again        | false",
            "MAIL     | 553 5.7.1 Sender address rejected       | true",
            "DATA_END | 554 5.7.1 Message rejected as spam       | true",
            "DATA_END | 452 4.3.1 Insufficient system storage   | false",
            "GREETING | 421 4.3.2 Service not available, closing | false",
            "GREETING | 554 5.3.2 No SMTP service here          | true" })
    void fourHundredsAreRetriedAndFiveHundredsGivenUp(Step step, String reply, boolean permanent) throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(null).reply(step, reply)) {
            DeliveryException failure = assertThrows(DeliveryException.class,
                    () -> new EmailNotifier(secrets, Fixtures.properties(Fixtures.plain(server.port()))).deliver(NOTIFICATION));
            assertEquals(permanent, failure.permanent(), failure.getMessage());
            String code = reply.substring(0, 3);
            String words = reply.substring(4);
            assertTrue(failure.getMessage().contains(code + " " + words), failure.getMessage());
            assertTrue(failure.getMessage().startsWith("127.0.0.1:" + server.port()), failure.getMessage());
        }
    }

    @Test
    void starttlsEncryptsBeforeTheMessageIsSent() throws Exception {
        TestCertificate certificate = TestCertificate.get();
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(certificate.serverContext())) {
            new EmailNotifier(secrets, Fixtures.properties(Fixtures.settings("localhost", server.port(), SmtpSecurity.STARTTLS, "",
                    certificate.pem.toString()))).deliver(NOTIFICATION);
            assertEquals(List.of(true), server.messagesOverTls);
            assertEquals(List.of("EHLO", "STARTTLS", "EHLO", "MAIL", "RCPT", "DATA", "QUIT"), server.commands);
        }
    }

    @Test
    void starttlsIsRequiredOnceChosenNeverAPlainFallback() throws Exception {
        TestCertificate certificate = TestCertificate.get();
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(null)) {
            DeliveryException failure = assertThrows(DeliveryException.class, () -> new EmailNotifier(secrets, Fixtures.properties(
                    Fixtures.settings("localhost", server.port(), SmtpSecurity.STARTTLS, "", certificate.pem.toString()))).deliver(NOTIFICATION));
            assertTrue(failure.permanent());
            assertEquals("localhost:" + server.port() + " does not offer STARTTLS: choose SSL/TLS (port 465) or check the port", failure.getMessage());
            assertFalse(server.commands.contains("MAIL"), "nothing was sent in plain text");
        }
    }

    @Test
    void aServerThatStopsAnsweringIsTriedAgainLater() throws Exception {
        // The kernel accepts the connection into the backlog, but nobody ever greets.
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            long start = System.nanoTime();
            DeliveryException failure = assertThrows(DeliveryException.class, () -> new EmailNotifier(secrets, Fixtures.properties(
                    Fixtures.changed(Fixtures.plain(silent.getLocalPort()), EmailSettingsProperties.READ_TIMEOUT, 500))).deliver(NOTIFICATION));
            assertFalse(failure.permanent(), failure.getMessage());
            assertEquals("No answer from 127.0.0.1:" + silent.getLocalPort() + " in time (connect 3000 ms, read 500 ms)", failure.getMessage());
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "the read timeout bounds the wait");
        }
    }
}
