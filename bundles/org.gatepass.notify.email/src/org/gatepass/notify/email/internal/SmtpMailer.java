package org.gatepass.notify.email.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Optional;
import java.util.Properties;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import org.gatepass.core.secret.SecretStore;
import org.gatepass.notify.email.EmailSettings;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends one message through the configured SMTP server: STARTTLS (required once chosen, never a silent
 * fall-back to plain text) or SSL, the server's certificate and host name always checked, login with the
 * password from the secret store.
 */
final class SmtpMailer {
    /** Where the SMTP password is kept in the secret store (the settings editor's {@code <pid>.<attribute>}); no configuration file holds it. */
    static final String PASSWORD_KEY = EmailNotifier.PID + ".smtp.password";
    /** Where versions before the settings editor kept it; still read until a new password is stored. */
    static final String EARLIER_PASSWORD_KEY = "notify.email.smtp.password";

    /** Builds a message for the session that will send it. */
    @FunctionalInterface
    interface MessageBuilder {
        MimeMessage build(Session session) throws MessagingException;
    }

    private final SecretStore secrets;

    SmtpMailer(SecretStore secrets) {
        this.secrets = secrets;
    }

    /**
     * @param password overrides the stored password (an administrator trying one before saving it)
     * @throws MessagingException as Jakarta Mail reports it; {@link SmtpFailure} explains it
     */
    void send(EmailSettings settings, Optional<String> password, MessageBuilder builder) throws MessagingException {
        MailClassLoader.call(() -> {
            Session session = Session.getInstance(properties(settings));
            MimeMessage message = builder.build(session);
            try (Transport transport = session.getTransport("smtp")) {
                if (settings.username().isEmpty()) {
                    transport.connect();
                } else {
                    String secret = password.filter(p -> !p.isEmpty()).or(() -> secrets.get(PASSWORD_KEY))
                            .or(() -> secrets.get(EARLIER_PASSWORD_KEY)).orElse("");
                    transport.connect(settings.host(), settings.port(), settings.username(), secret);
                }
                transport.sendMessage(message, message.getAllRecipients());
            }
            return null;
        });
    }

    private static Properties properties(EmailSettings s) throws MessagingException {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", s.host());
        p.put("mail.smtp.port", Integer.toString(s.port()));
        p.put("mail.smtp.from", s.senderAddress());
        p.put("mail.smtp.auth", Boolean.toString(!s.username().isEmpty()));
        p.put("mail.smtp.connectiontimeout", Integer.toString(s.connectTimeoutMs()));
        p.put("mail.smtp.timeout", Integer.toString(s.readTimeoutMs()));
        p.put("mail.smtp.writetimeout", Integer.toString(s.readTimeoutMs()));
        switch (s.security()) {
            case NONE -> {
            }
            case STARTTLS -> {
                p.put("mail.smtp.starttls.enable", "true");
                p.put("mail.smtp.starttls.required", "true");
            }
            case SSL -> p.put("mail.smtp.ssl.enable", "true");
        }
        p.put("mail.smtp.ssl.checkserveridentity", "true");
        if (!s.trustedCertificates().isEmpty()) {
            p.put("mail.smtp.ssl.socketFactory", trusting(Path.of(s.trustedCertificates())));
        }
        return p;
    }

    /** TLS that trusts exactly the certificates in a PEM file (a company CA, a self-signed server). */
    private static SSLSocketFactory trusting(Path pemFile) throws MessagingException {
        try (InputStream in = Files.newInputStream(pemFile)) {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int i = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trusted.setCertificateEntry("trusted-" + i++, certificate);
            }
            if (i == 0) {
                throw new UnusableTrustFile("No certificate in the trusted certificates file " + pemFile, null);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw new UnusableTrustFile("Cannot read the trusted certificates file " + pemFile + " (" + e + ")", e);
        }
    }

    /** The trusted certificates file cannot be used; nothing is sent until the administrator fixes it. */
    static final class UnusableTrustFile extends MessagingException {
        private static final long serialVersionUID = 1L;

        UnusableTrustFile(String message, Exception cause) {
            super(message, cause);
        }
    }
}
