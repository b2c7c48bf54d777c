package org.gatepass.notify.email.internal;

import java.util.Map;
import java.util.Optional;

import org.gatepass.core.security.Actor;
import org.gatepass.core.settings.SettingsAction;
import org.gatepass.notify.email.EmailSettingsService;
import org.gatepass.notify.email.InvalidEmailSettingsException;
import org.gatepass.notify.email.TestMailResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** "Send test e-mail" beside the e-mail settings in the settings editor: tries the settings as typed, password included. */
@Component(service = SettingsAction.class, property = SettingsAction.PID + "=" + EmailNotifier.PID)
public final class TestMailAction implements SettingsAction {
    /** The password's attribute in the e-mail settings' metatype. */
    private static final String PASSWORD = "smtp.password";

    private final EmailSettingsService email;

    @Activate
    public TestMailAction(@Reference EmailSettingsService email) {
        this.email = email;
    }

    @Override
    public String label() {
        return "Send test e-mail";
    }

    @Override
    public String inputLabel() {
        return "to";
    }

    @Override
    public Outcome run(Actor actor, Map<String, Object> properties, Map<String, String> secrets, String input) {
        try {
            TestMailResult result = email.sendTestMail(actor, EmailSettingsProperties.read(properties),
                    Optional.ofNullable(secrets.get(PASSWORD)), input);
            return new Outcome(result.sent(), result.message());
        } catch (InvalidEmailSettingsException e) {
            return new Outcome(false, String.join(" ", e.problems()));
        }
    }
}
