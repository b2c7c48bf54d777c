package org.gatepass.notify.email.internal;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import org.gatepass.core.notify.DeliveryException;
import org.gatepass.core.notify.Notification;
import org.gatepass.core.notify.NotificationSubject;
import org.gatepass.core.notify.Notifier;
import org.gatepass.core.notify.Recipient;
import org.gatepass.core.pass.InvalidPassException;
import org.gatepass.core.pass.PassListing;
import org.gatepass.core.pass.SignedBadges;
import org.gatepass.core.secret.SecretStore;
import org.gatepass.core.secret.SecretStoreException;
import org.gatepass.notify.email.EmailSettings;
import org.gatepass.notify.email.InvalidEmailSettingsException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
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
    /** Makes the badge of a pass being sent; passes wait in the outbox while it is away. */
    private volatile SignedBadges badges;
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

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setBadges(SignedBadges signer) {
        badges = signer;
    }

    void unsetBadges(SignedBadges signer) {
        if (badges == signer) {
            badges = null;
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
            if (notification.subject().isInvitation()) {
                byte[] badge = badge(notification.subject().pass(), current);
                mailer.send(current, Optional.empty(), session -> composer.composePass(session, current, notification, badge));
            } else {
                mailer.send(current, Optional.empty(), session -> composer.compose(session, current, notification));
            }
        } catch (MessagingException e) {
            throw SmtpFailure.of(e, current).toDeliveryException(e);
        } catch (SecretStoreException e) {
            throw DeliveryException.retryLater("The SMTP password cannot be read from secure storage: " + e.getMessage(), e);
        }
    }

    private byte[] badge(PassListing pass, EmailSettings current) throws DeliveryException {
        SignedBadges signer = badges;
        if (signer == null) {
            throw DeliveryException.retryLater("Visitor badges cannot be made yet (the reports bundle is not running)", null);
        }
        try {
            return signer.badge(pass, current.gateName(), ZoneId.systemDefault());
        } catch (InvalidPassException e) {
            throw DeliveryException.giveUp(e.getMessage(), e);
        } catch (IOException e) {
            throw DeliveryException.retryLater("The badge of pass " + pass.pass().id() + " cannot be made: " + e.getMessage(), e);
        }
    }
}
