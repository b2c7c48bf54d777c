package org.gatepass.notify.email;

import java.util.Optional;

import org.gatepass.core.security.Actor;

/**
 * Reads and changes the e-mail notifier's settings and its SMTP password through the audited settings
 * service: reading needs VIEW_SETTINGS, saving, the password and test e-mails CHANGE_SETTINGS. The password is
 * kept in the secret store, never in a configuration file. Calls may block on I/O: keep them off a UI thread.
 */
public interface EmailSettingsService {

    /** The saved settings, or the defaults when none were saved. */
    EmailSettings load(Actor actor);

    /**
     * Saves the settings; the notifier applies them to the next message.
     * @throws InvalidEmailSettingsException listing every problem; nothing is saved then
     */
    void save(Actor actor, EmailSettings settings);

    /** Whether an SMTP password is stored (the password itself is never handed out). */
    boolean hasPassword(Actor actor);

    /** Stores the SMTP password, encrypted; a blank one forgets it. */
    void setPassword(Actor actor, String password);

    /**
     * Sends a test e-mail to {@code to} with these settings, now, and waits for the server's answer.
     * @param password the password to try; empty to use the stored one
     */
    TestMailResult sendTestMail(Actor actor, EmailSettings settings, Optional<String> password, String to);
}
