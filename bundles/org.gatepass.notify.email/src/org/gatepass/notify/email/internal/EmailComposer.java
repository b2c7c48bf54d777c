package org.gatepass.notify.email.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.Date;
import java.util.HexFormat;

import org.gatepass.core.DataDirectory;
import org.gatepass.core.notify.Notification;
import org.gatepass.core.pass.PassListing;
import org.gatepass.notify.email.EmailSettings;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Builds the e-mail for a notification: plain text and HTML alternatives from the templates (a digest of several
 * alerts and a visitor's pass have templates of their own), the newest snapshot attached to alerts when wanted, the
 * badge to a pass, and a Message-ID derived from the idempotency key so a repeated delivery
 * is the same message to the mail system and the reader's client.
 */
final class EmailComposer {
    private final EmailTemplates templates;
    private final ZoneId zone;

    EmailComposer(EmailTemplates templates, ZoneId zone) {
        this.templates = templates;
        this.zone = zone;
    }

    /** Templates overridable in {@code <data>/templates/email}, dates and times in this computer's time zone. */
    static EmailComposer withSiteTemplates() {
        return new EmailComposer(new EmailTemplates(DataDirectory.resolve().resolve("templates").resolve("email")), ZoneId.systemDefault());
    }

    /** A visitor's pass: the message with the badge attached as a PDF. */
    MimeMessage composePass(Session session, EmailSettings settings, Notification notification, byte[] badgePdf) throws MessagingException {
        PassListing pass = notification.subject().pass();
        EmailTemplates.Set template = templates.of(EmailTemplates.Kind.PASS);
        TemplateValues values = TemplateValues.ofPass(pass, settings.gateName(), zone);
        MimeMessage message = new FixedIdMessage(session, messageId(notification.idempotencyKey(), settings.senderAddress()));
        address(message, settings, notification.recipient().address());
        message.setSubject(values.subject(template.subject()), StandardCharsets.UTF_8.name());
        message.setContent(withAttachment(alternatives(values.text(template.text()), values.html(template.html())), badgePdf, "application/pdf",
                "visitor-pass-" + pass.pass().id() + ".pdf"));
        message.saveChanges();
        return message;
    }

    MimeMessage compose(Session session, EmailSettings settings, Notification notification) throws MessagingException {
        boolean alert = notification.subject().event().decision().isAlert();
        EmailTemplates.Set template = templates.of(notification.isDigest() ? EmailTemplates.Kind.ALERT_DIGEST
                : alert ? EmailTemplates.Kind.ALERT : EmailTemplates.Kind.MOVEMENT);
        TemplateValues values = notification.isDigest() ? TemplateValues.ofDigest(notification.subjects(), settings.gateName(), zone)
                : TemplateValues.of(notification.subject(), settings.gateName(), zone);

        MimeMessage message = new FixedIdMessage(session, messageId(notification.idempotencyKey(), settings.senderAddress()));
        address(message, settings, notification.recipient().address());
        message.setSubject(values.subject(template.subject()), StandardCharsets.UTF_8.name());
        MimeMultipart body = alternatives(values.text(template.text()), values.html(template.html()));
        if (alert && settings.attachSnapshot() && notification.snapshot().isPresent()) {
            message.setContent(withAttachment(body, notification.snapshot().get(), "image/jpeg", "snapshot-" + notification.subject().event().id() + ".jpg"));
        } else {
            message.setContent(body);
        }
        message.saveChanges();
        return message;
    }

    MimeMessage testMessage(Session session, EmailSettings settings, String to) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        address(message, settings, to);
        message.setSubject("Gatepass test e-mail", StandardCharsets.UTF_8.name());
        String text = "This is a test e-mail from Gatepass at " + settings.gateName()
                + ". The e-mail settings work: notifications will be sent through " + settings.host() + ".";
        message.setContent(alternatives(text, "<p>" + TemplateValues.escapeHtml(text) + "</p>"));
        message.saveChanges();
        return message;
    }

    private static void address(MimeMessage message, EmailSettings settings, String to) throws MessagingException {
        try {
            message.setFrom(new InternetAddress(settings.senderAddress(), settings.senderName(), StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to, true));
        message.setSentDate(new Date());
        // RFC 3834: tells mail servers and clients not to answer it automatically (no vacation replies).
        message.setHeader("Auto-Submitted", "auto-generated");
    }

    private static MimeMultipart withAttachment(MimeMultipart body, byte[] file, String type, String name) throws MessagingException {
        MimeBodyPart content = new MimeBodyPart();
        content.setContent(body);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(file, type)));
        attachment.setFileName(name);
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        return new MimeMultipart("mixed", content, attachment);
    }

    private static MimeMultipart alternatives(String text, String html) throws MessagingException {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, StandardCharsets.UTF_8.name(), "html");
        return new MimeMultipart("alternative", plain, rich);
    }

    /** {@code <gatepass.HASH@sender-domain>}: the same for every attempt of one notification, unique across them. */
    static String messageId(String idempotencyKey, String senderAddress) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
            int at = senderAddress.lastIndexOf('@');
            String domain = at < 0 ? "gatepass.invalid" : senderAddress.substring(at + 1);
            return "<gatepass." + HexFormat.of().formatHex(hash, 0, 16) + "@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Jakarta Mail invents a new Message-ID on every save; this one keeps the derived one. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
