package org.gatepass.notify.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.gatepass.core.notify.DeliveryException;
import org.gatepass.core.notify.Notification;
import org.gatepass.core.notify.NotificationSubject;
import org.gatepass.core.notify.Recipient;
import org.gatepass.core.notify.RecipientRole;
import org.gatepass.core.pass.IssuedPass;
import org.gatepass.core.pass.PassListing;
import org.gatepass.core.pass.PassService;
import org.gatepass.core.pass.SignedBadges;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonStatus;
import org.gatepass.core.secret.SecretStore;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.OperatorService;
import org.gatepass.persistence.testing.TestOperators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

/**
 * A visitor's pass as the visitor receives it from a real SMTP server: the message, the badge attached as a PDF whose
 * QR code, read from the rendered page, is the pass's signed code; a revoked pass is never sent.
 */
@ExtendWith(ServiceExtension.class)
class PassMailTest {
    private static final long WAIT_MS = 10_000;

    @InjectService(timeout = WAIT_MS)
    SecretStore secrets;
    @InjectService(timeout = WAIT_MS)
    PassService passes;
    @InjectService(timeout = WAIT_MS)
    OperatorService operators;
    @InjectService(timeout = WAIT_MS)
    SignedBadges badges;

    private GreenMail greenMail;

    @BeforeEach
    void startServer() {
        greenMail = TestGreenMail.start(ServerSetupTest.SMTP);
    }

    @AfterEach
    void stopServer() {
        greenMail.stop();
    }

    @Test
    void theVisitorGetsTheBadgeWhoseCodeIsTheirPassAndARevokedPassIsNeverSent() throws Exception {
        Actor admin = TestOperators.admin(operators);
        Instant now = Instant.now();
        Person visitor = new Person(null, null, "Vera Visitor " + System.nanoTime(), "vera@example.org", null, PersonCategory.VISITOR,
                PersonStatus.ACTIVE, "host@school.example");
        IssuedPass issued = passes.issue(admin, visitor, "Parents' evening", now.minusSeconds(60), now.plusSeconds(7200), List.of("main-gate"));
        EmailNotifier notifier = new EmailNotifier(secrets, Fixtures.properties(Fixtures.plain(greenMail.getSmtp().getPort())));
        notifier.setBadges(badges);
        NotificationSubject invitation = NotificationSubject.invitation(listing(admin, issued), issued.visitor());
        assertEquals(List.of(new Recipient(RecipientRole.PERSON, "vera@example.org")), notifier.recipients(invitation), "the pass goes to the visitor");

        notifier.deliver(new Notification(1, "gp-pass-test-1", invitation, new Recipient(RecipientRole.PERSON, "vera@example.org"), 1, null));
        assertTrue(greenMail.waitForIncomingEmail(WAIT_MS, 1), "an e-mail arrived");
        MimeMessage[] received = greenMail.getReceivedMessages();
        ReceivedMail mail = new ReceivedMail(received[0]);
        assertEquals("Your visitor pass for North Gate", mail.message.getSubject());
        String text = mail.only("text/plain").text();
        assertTrue(text.startsWith("Hello " + issued.visitor().name() + ",") && text.contains("Purpose:    Parents' evening")
                && text.contains("Gates:      main-gate") && text.contains("Host:       host@school.example"), text);
        assertTrue(mail.only("text/html").text().contains("Parents&#39; evening"), "escaped in HTML");
        ReceivedMail.Leaf badge = mail.only("application/pdf");
        assertEquals("visitor-pass-" + issued.pass().id() + ".pdf", badge.fileName());
        try (PDDocument document = Loader.loadPDF(badge.bytes())) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                    Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))).getText();
            assertEquals(passes.code(admin, issued.pass().id()), read, "the attached badge carries the pass's own code");
        }

        EmailNotifier withoutBadges = new EmailNotifier(secrets, Fixtures.properties(Fixtures.plain(greenMail.getSmtp().getPort())));
        DeliveryException later = assertThrows(DeliveryException.class, () -> withoutBadges.deliver(new Notification(2, "gp-pass-test-2", invitation,
                new Recipient(RecipientRole.PERSON, "vera@example.org"), 1, null)));
        assertFalse(later.permanent(), "without the badge maker the pass waits in the outbox: " + later.getMessage());

        passes.revoke(admin, issued.pass().id(), "visit cancelled");
        NotificationSubject revoked = NotificationSubject.invitation(listing(admin, issued), issued.visitor());
        DeliveryException never = assertThrows(DeliveryException.class, () -> notifier.deliver(new Notification(3, "gp-pass-test-3", revoked,
                new Recipient(RecipientRole.PERSON, "vera@example.org"), 1, null)));
        assertTrue(never.permanent() && never.getMessage().equals("Pass " + issued.pass().id() + " was revoked: it is not sent."), never.getMessage());
        assertEquals(1, greenMail.getReceivedMessages().length, "nothing more was sent");
    }

    private PassListing listing(Actor admin, IssuedPass issued) {
        return passes.list(admin, Instant.now().minusSeconds(3600)).stream().filter(l -> l.pass().id().equals(issued.pass().id())).findFirst()
                .orElseThrow();
    }
}
