package org.gatepass.notify.email.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gatepass.core.person.PersonValidator;
import org.gatepass.core.secret.SecretStore;
import org.gatepass.core.secret.SecretStoreException;
import org.gatepass.core.security.AccessControl;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;
import org.gatepass.core.settings.SettingsService;
import org.gatepass.notify.email.EmailSettings;
import org.gatepass.notify.email.EmailSettingsService;
import org.gatepass.notify.email.InvalidEmailSettingsException;
import org.gatepass.notify.email.TestMailResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.mail.MessagingException;

/**
 * The e-mail settings kept under {@value EmailNotifier#PID} and the password in the secret store, both through the
 * audited settings service, which checks the operator's permission.
 */
@Component(service = EmailSettingsService.class)
public final class ConfiguredEmailSettings implements EmailSettingsService {
    private final SettingsService settings;
    private final AccessControl access;
    private final SmtpMailer mailer;
    private final EmailComposer composer;

    @Activate
    public ConfiguredEmailSettings(@Reference SettingsService settings, @Reference AccessControl access, @Reference SecretStore secrets) {
        this.settings = settings;
        this.access = access;
        this.mailer = new SmtpMailer(secrets);
        this.composer = EmailComposer.withSiteTemplates();
    }

    @Override
    public EmailSettings load(Actor actor) {
        Map<String, Object> stored = settings.read(actor, EmailNotifier.PID);
        return stored.isEmpty() ? EmailSettings.defaults() : EmailSettingsProperties.read(stored);
    }

    @Override
    public void save(Actor actor, EmailSettings changed) {
        List<String> problems = changed.problems();
        if (!problems.isEmpty()) {
            throw new InvalidEmailSettingsException(problems);
        }
        settings.update(actor, EmailNotifier.PID, new HashMap<>(EmailSettingsProperties.write(changed)));
    }

    @Override
    public boolean hasPassword(Actor actor) {
        return settings.hasSecret(actor, SmtpMailer.PASSWORD_KEY) || settings.hasSecret(actor, SmtpMailer.EARLIER_PASSWORD_KEY);
    }

    @Override
    public void setPassword(Actor actor, String password) {
        settings.storeSecret(actor, SmtpMailer.PASSWORD_KEY, password == null ? null : password.toCharArray());
        if (password == null || password.isBlank()) {
            settings.storeSecret(actor, SmtpMailer.EARLIER_PASSWORD_KEY, null);
        }
    }

    @Override
    public TestMailResult sendTestMail(Actor actor, EmailSettings settings, Optional<String> password, String to) {
        access.require(actor, Permission.CHANGE_SETTINGS);
        String recipient = to == null ? "" : to.strip();
        List<String> problems = new ArrayList<>(settings.problems());
        if (settings.host().isEmpty() && !problems.contains("SMTP server is required.")) {
            problems.add("SMTP server is required.");
        }
        if (settings.senderAddress().isEmpty() && !problems.contains("Sender address is required.")) {
            problems.add("Sender address is required.");
        }
        if (!PersonValidator.isEmailAddress(recipient)) {
            problems.add("Test recipient '" + recipient + "' is not a valid address.");
        }
        if (!problems.isEmpty()) {
            return TestMailResult.failed(String.join(" ", problems));
        }
        try {
            mailer.send(settings, password, session -> composer.testMessage(session, settings, recipient));
            return TestMailResult.sent("Test e-mail sent to " + recipient + " through " + settings.host() + ":" + settings.port() + ".");
        } catch (MessagingException e) {
            return TestMailResult.failed(SmtpFailure.of(e, settings).message());
        } catch (SecretStoreException e) {
            return TestMailResult.failed("The SMTP password cannot be read from secure storage: " + e.getMessage());
        }
    }
}
