package org.gatepass.notify.email;

import java.util.Optional;

/**
 * Reads and changes the e-mail notifier's settings (stored with Configuration Admin) and its SMTP password
 * (stored in the secret store, never in a configuration file). Calls may block on I/O: keep them off a UI thread.
 */
public interface EmailSettingsService {

    /** The saved settings, or the defaults when none were saved. */
    EmailSettings load();

    /**
     * Saves the settings; the notifier applies them to the next message.
     * @throws InvalidEmailSettingsException listing every problem; nothing is saved then
     */
    void save(EmailSettings settings);

    /** Whether an SMTP password is stored (the password itself is never handed out). */
    boolean hasPassword();

    /** Stores the SMTP password, encrypted; a blank one forgets it. */
    void setPassword(String password);

    /**
     * Sends a test e-mail to {@code to} with these settings, now, and waits for the server's answer.
     * @param password the password to try; empty to use the stored one
     */
    TestMailResult sendTestMail(EmailSettings settings, Optional<String> password, String to);
}
