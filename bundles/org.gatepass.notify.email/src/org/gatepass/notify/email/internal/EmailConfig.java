package org.gatepass.notify.email.internal;

import org.gatepass.core.notify.RecipientRole;
import org.gatepass.notify.email.EmailSettings;
import org.gatepass.notify.email.SmtpSecurity;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Describes the settings of {@value EmailNotifier#PID} for metatype tools; {@link EmailSettingsProperties} reads
 * them. The SMTP password is described so that the settings editor offers it, but never stored with them: the
 * editor puts it in the secret store under {@value SmtpMailer#PASSWORD_KEY}.
 */
@ObjectClassDefinition(name = "E-mail notifications",
        description = "Sends an e-mail for gate movements and alerts through an SMTP server (the password is kept in secure storage).")
public @interface EmailConfig {
    @AttributeDefinition(name = "Enabled", description = "Send e-mails for gate events.")
    boolean enabled() default false;

    @AttributeDefinition(name = "SMTP server", description = "Host name of the SMTP server, e.g. smtp.gmail.com.", required = false)
    String smtp_host() default "";

    @AttributeDefinition(name = "Port", description = "587 for STARTTLS, 465 for SSL/TLS, 25 for a plain relay.", min = "1", max = "65535")
    int smtp_port() default EmailSettings.DEFAULT_PORT;

    @AttributeDefinition(name = "Security", description = "NONE, STARTTLS (required once chosen) or SSL (SMTPS).")
    SmtpSecurity smtp_security() default SmtpSecurity.STARTTLS;

    @AttributeDefinition(name = "User", description = "SMTP user name; no authentication when empty.", required = false)
    String smtp_username() default "";

    @AttributeDefinition(name = "Password", description = "SMTP password; for Gmail, an app password. Kept in secure storage, never shown again.",
            type = AttributeType.PASSWORD, required = false)
    String smtp_password();

    @AttributeDefinition(name = "Sender address", description = "The From address of every e-mail.", required = false)
    String sender_address() default "";

    @AttributeDefinition(name = "Sender name", description = "The name shown with the sender address.", required = false)
    String sender_name() default EmailSettings.DEFAULT_SENDER_NAME;

    @AttributeDefinition(name = "Security desk", description = "Addresses told of alerts (unknown face, blocked or inactive person).", required = false)
    String[] security_desk() default {};

    @AttributeDefinition(name = "Notified roles", description = "Who is written to: PERSON, GUARDIAN (of students), HOST (of visitors), SECURITY (alerts).")
    RecipientRole[] notify_roles() default { RecipientRole.PERSON, RecipientRole.GUARDIAN, RecipientRole.HOST, RecipientRole.SECURITY };

    @AttributeDefinition(name = "Attach snapshot to alerts", description = "Attach the camera's picture to alert e-mails.")
    boolean alert_attach_snapshot() default true;

    @AttributeDefinition(name = "Connect timeout (ms)", description = "How long to wait for the SMTP server to accept a connection.", min = "1")
    int connect_timeout_ms() default EmailSettings.DEFAULT_TIMEOUT_MS;

    @AttributeDefinition(name = "Read timeout (ms)", description = "How long to wait for each answer of the SMTP server.", min = "1")
    int read_timeout_ms() default EmailSettings.DEFAULT_TIMEOUT_MS;

    @AttributeDefinition(name = "Gate name", description = "The site or gate named in the e-mails.", required = false)
    String gate_name() default EmailSettings.DEFAULT_GATE_NAME;

    @AttributeDefinition(name = "Trusted certificates", description = "PEM file of certificates to trust instead of the JDK's authorities (a company CA or a self-signed server); empty for the JDK's.", required = false)
    String smtp_trusted_certificates() default "";
}
