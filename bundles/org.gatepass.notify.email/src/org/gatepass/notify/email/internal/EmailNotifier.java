package org.gatepass.notify.email.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import org.gatepass.core.notify.DeliveryException;
import org.gatepass.core.notify.Notification;
import org.gatepass.core.notify.NotificationSubject;
import org.gatepass.core.notify.Notifier;
import org.gatepass.core.notify.Recipient;
import org.gatepass.core.secret.SecretStore;
import org.gatepass.core.secret.SecretStoreException;
import org.gatepass.notify.email.EmailSettings;
import org.gatepass.notify.email.InvalidEmailSettingsException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import jakarta.mail.MessagingException;

/**
 * The e-mail notifier: one instance, configured by {@value #PID} (switched off until configured). Settings
 * changes apply to the next event without re-registering, so rows waiting in the outbox keep their notifier.
 */
@Component(service = Notifier.class, configurationPid = EmailNotifier.PID, property = Notifier.NAME_PROPERTY + "=" + EmailNotifier.NAME)
@Designate(ocd = EmailConfig.class)
public final class EmailNotifier implements Notifier {
    public static final String PID = "org.gatepass.notify.email";
    public static final String NAME = "email";
    private static final Logger LOG = Logger.getLogger(EmailNotifier.class.getName());

    private final SmtpMailer mailer;
    private final EmailComposer composer;
    /** The settings in force; null while the configuration is invalid (its problems are in {@link #invalid}). */
    private volatile EmailSettings settings;
    private volatile String invalid;

    @Activate
    public EmailNotifier(@Reference SecretStore secrets, Map<String, Object> properties) {
        this.mailer = new SmtpMailer(secrets);
        this.composer = EmailComposer.withSiteTemplates();
        modified(properties);
    }

    @Modified
    void modified(Map<String, Object> properties) {
        try {
            settings = EmailSettingsProperties.read(properties);
            invalid = null;
        } catch (InvalidEmailSettingsException e) {
            settings = null;
            invalid = e.getMessage();
            LOG.warning(() -> "E-mail notifications are paused, the settings are invalid: " + e.getMessage());
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Recipient> recipients(NotificationSubject subject) {
        EmailSettings current = settings;
        return current == null ? List.of() : EmailRecipients.of(subject, current);
    }

    @Override
    public void deliver(Notification notification) throws DeliveryException {
        EmailSettings current = settings;
        if (current == null) {
            // An administrator is expected to fix a typo; the message waits instead of being lost.
            throw DeliveryException.retryLater("E-mail settings are invalid: " + invalid, null);
        }
        if (!current.enabled()) {
            throw DeliveryException.giveUp("E-mail notifications are switched off", null);
        }
        try {
            mailer.send(current, Optional.empty(), session -> composer.compose(session, current, notification));
        } catch (MessagingException e) {
            throw SmtpFailure.of(e, current).toDeliveryException(e);
        } catch (SecretStoreException e) {
            throw DeliveryException.retryLater("The SMTP password cannot be read from secure storage: " + e.getMessage(), e);
        }
    }
}
