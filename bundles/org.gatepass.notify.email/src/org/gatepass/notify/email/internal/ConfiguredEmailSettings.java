package org.gatepass.notify.email.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gatepass.core.person.PersonValidator;
import org.gatepass.core.secret.SecretStore;
import org.gatepass.core.secret.SecretStoreException;
import org.gatepass.notify.email.EmailSettings;
import org.gatepass.notify.email.EmailSettingsService;
import org.gatepass.notify.email.InvalidEmailSettingsException;
import org.gatepass.notify.email.TestMailResult;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.mail.MessagingException;

/** The e-mail settings kept by Configuration Admin under {@value EmailNotifier#PID}, the password in the secret store. */
@Component(service = EmailSettingsService.class)
public final class ConfiguredEmailSettings implements EmailSettingsService {
    private final ConfigurationAdmin configurationAdmin;
    private final SecretStore secrets;
    private final SmtpMailer mailer;
    private final EmailComposer composer;

    @Activate
    public ConfiguredEmailSettings(@Reference ConfigurationAdmin configurationAdmin, @Reference SecretStore secrets) {
        this.configurationAdmin = configurationAdmin;
        this.secrets = secrets;
        this.mailer = new SmtpMailer(secrets);
        this.composer = EmailComposer.withSiteTemplates();
    }

    @Override
    public EmailSettings load() {
        Dictionary<String, Object> properties = configuration().getProperties();
        if (properties == null) {
            return EmailSettings.defaults();
        }
        Map<String, Object> map = new HashMap<>();
        for (String key : Collections.list(properties.keys())) {
            map.put(key, properties.get(key));
        }
        return EmailSettingsProperties.read(map);
    }

    @Override
    public void save(EmailSettings settings) {
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new InvalidEmailSettingsException(problems);
        }
        try {
            configuration().update(EmailSettingsProperties.write(settings));
        } catch (IOException e) {
            throw new UncheckedIOException("The e-mail settings could not be saved: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean hasPassword() {
        return secrets.get(SmtpMailer.PASSWORD_KEY).isPresent();
    }

    @Override
    public void setPassword(String password) {
        if (password == null || password.isBlank()) {
            secrets.remove(SmtpMailer.PASSWORD_KEY);
        } else {
            secrets.put(SmtpMailer.PASSWORD_KEY, password);
        }
    }

    @Override
    public TestMailResult sendTestMail(EmailSettings settings, Optional<String> password, String to) {
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

    private Configuration configuration() {
        try {
            // "?" lets the notifier's bundle use the configuration this service creates.
            return configurationAdmin.getConfiguration(EmailNotifier.PID, "?");
        } catch (IOException e) {
            throw new UncheckedIOException("The e-mail settings could not be read: " + e.getMessage(), e);
        }
    }
}
