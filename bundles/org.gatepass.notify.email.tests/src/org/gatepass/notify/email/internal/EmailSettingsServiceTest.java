package org.gatepass.notify.email.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Collections;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.gatepass.core.audit.AuditEntry;
import org.gatepass.core.audit.AuditQuery;
import org.gatepass.core.audit.AuditService;
import org.gatepass.core.event.Direction;
import org.gatepass.core.notify.Notifier;
import org.gatepass.core.notify.Recipient;
import org.gatepass.core.notify.RecipientRole;
import org.gatepass.core.secret.SecretStore;
import org.gatepass.core.security.AccessDeniedException;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.OperatorService;
import org.gatepass.core.security.Permission;
import org.gatepass.core.security.Role;
import org.gatepass.notify.email.EmailSettings;
import org.gatepass.notify.email.EmailSettingsService;
import org.gatepass.notify.email.InvalidEmailSettingsException;
import org.gatepass.notify.email.SmtpSecurity;
import org.gatepass.notify.email.TestMailResult;
import org.gatepass.persistence.testing.TestOperators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

/** The settings service as the UI uses it: Configuration Admin, the secret store, metatype, the test e-mail. */
@ExtendWith(ServiceExtension.class)
class EmailSettingsServiceTest {
    private static final long WAIT_MS = 10_000;

    @InjectService(timeout = WAIT_MS)
    EmailSettingsService service;
    @InjectService(timeout = WAIT_MS)
    ConfigurationAdmin configurationAdmin;
    @InjectService(timeout = WAIT_MS)
    SecretStore secrets;
    @InjectService(timeout = WAIT_MS)
    OperatorService operators;
    @InjectService(timeout = WAIT_MS)
    AuditService audit;
    @InjectService(timeout = WAIT_MS)
    MetaTypeService metaType;
    @InjectService(filter = "(" + Notifier.NAME_PROPERTY + "=" + EmailNotifier.NAME + ")", timeout = WAIT_MS)
    ServiceAware<Notifier> notifier;

    private Actor admin() {
        return TestOperators.admin(operators);
    }

    @AfterEach
    void forgetSettings() throws Exception {
        configurationAdmin.getConfiguration(EmailNotifier.PID, "?").delete();
        secrets.remove(SmtpMailer.PASSWORD_KEY);
    }

    @Test
    void savedSettingsReachTheRegisteredNotifierWithoutReRegistering() throws Exception {
        Object serviceId = notifier.getServiceReference().getProperty(Constants.SERVICE_ID);
        var subject = Fixtures.movement(Fixtures.visitor(), Direction.IN);
        assertEquals(EmailSettings.defaults(), service.load(admin()));
        // another test's settings were deleted just before: Configuration Admin tells the notifier asynchronously
        long switchedOff = System.currentTimeMillis() + WAIT_MS;
        while (!notifier.getService().recipients(subject).isEmpty() && System.currentTimeMillis() < switchedOff) {
            Thread.sleep(20);
        }
        assertEquals(List.of(), notifier.getService().recipients(subject), "switched off until configured");

        EmailSettings settings = Fixtures.changed(Fixtures.plain(2525), EmailSettingsProperties.NOTIFY_ROLES, new String[] { "HOST", "SECURITY" });
        service.save(admin(), settings);
        assertEquals(settings, service.load(admin()));
        long deadline = System.currentTimeMillis() + WAIT_MS;
        while (notifier.getService().recipients(subject).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(List.of(new Recipient(RecipientRole.HOST, "host@school.example")), notifier.getService().recipients(subject));
        assertEquals(serviceId, notifier.getServiceReference().getProperty(Constants.SERVICE_ID), "rows in the outbox keep their notifier");
    }

    @Test
    void onlyAnAdministratorChangesTheSettingsAndEveryChangeIsAudited() throws Exception {
        Actor security = TestOperators.withRole(operators, Role.SECURITY);
        EmailSettings settings = Fixtures.plain(2526);
        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> service.save(security, settings));
        assertEquals(Permission.CHANGE_SETTINGS, refused.permission());
        assertThrows(AccessDeniedException.class, () -> service.setPassword(security, "guessed-password"));
        assertThrows(AccessDeniedException.class, () -> service.sendTestMail(security, settings, Optional.empty(), "desk@school.example"));
        assertThrows(AccessDeniedException.class, () -> service.load(security));
        assertEquals(EmailSettings.defaults(), service.load(admin()), "nothing was saved");

        service.save(admin(), settings);
        service.setPassword(admin(), "app-password-77");
        List<AuditEntry> rows = audit.find(admin(), AuditQuery.newest(2));
        assertEquals(List.of("secret.change", "settings.change"), rows.stream().map(AuditEntry::action).toList());
        assertEquals("settings " + EmailNotifier.PID, rows.get(1).subject());
        assertTrue(rows.get(1).after().contains("smtp.port=2526"), rows.get(1).after());
        assertTrue(rows.stream().noneMatch(r -> (r.before() + r.after() + r.subject()).contains("app-password-77")), "no secret in the trail");
    }

    @Test
    void invalidSettingsAreRejectedWithEveryProblemAndNothingIsSaved() throws Exception {
        EmailSettings bad = new EmailSettings(true, " ", 70000, SmtpSecurity.SSL, "", "gate@", "", List.of("desk@school.example", "nobody"),
                EmailSettings.EMAIL_ROLES, true, 0, 1000, "", "");
        InvalidEmailSettingsException e = assertThrows(InvalidEmailSettingsException.class, () -> service.save(admin(), bad));
        assertEquals(List.of("SMTP server is required.", "Port 70000 is not between 1 and 65535.", "Sender address 'gate@' is not a valid address.",
                "Security desk address 'nobody' is not a valid address.", "Timeouts must be at least 1 ms."), e.problems());
        assertEquals(EmailSettings.defaults(), service.load(admin()));
    }

    @Test
    void thePasswordGoesToTheSecretStoreNeverIntoTheConfiguration() throws Exception {
        service.save(admin(), Fixtures.settings("smtp.school.example", 587, SmtpSecurity.STARTTLS, "gate-mailer", ""));
        assertFalse(service.hasPassword(admin()));
        service.setPassword(admin(), "app-password-42");
        assertTrue(service.hasPassword(admin()));
        assertEquals(Optional.of("app-password-42"), secrets.get(SmtpMailer.PASSWORD_KEY));
        Dictionary<String, Object> stored = configurationAdmin.getConfiguration(EmailNotifier.PID, "?").getProperties();
        for (String key : Collections.list(stored.keys())) {
            assertFalse(String.valueOf(stored.get(key)).contains("app-password-42"), key);
            assertFalse(key.toLowerCase().contains("password"), key);
        }
        service.setPassword(admin(), "  ");
        assertFalse(service.hasPassword(admin()), "a blank password forgets it");
    }

    @Test
    void theMetatypeDescribesTheSameDefaultsAsTheSettings() {
        ObjectClassDefinition ocd = metaType.getMetaTypeInformation(FrameworkUtil.getBundle(EmailNotifier.class))
                .getObjectClassDefinition(EmailNotifier.PID, null);
        assertNotNull(ocd, "metatype for " + EmailNotifier.PID);
        Map<String, String[]> described = new TreeMap<>();
        for (AttributeDefinition a : ocd.getAttributeDefinitions(ObjectClassDefinition.ALL)) {
            if (a.getType() == AttributeDefinition.PASSWORD) {
                assertEquals(SmtpMailer.PASSWORD_KEY, EmailNotifier.PID + "." + a.getID(), "the password's key follows the settings convention");
                continue; // typed in the settings editor, kept in the secret store
            }
            // An empty list is described as one empty value.
            described.put(a.getID(), a.getDefaultValue() == null ? new String[0]
                    : Arrays.stream(a.getDefaultValue()).filter(v -> !v.isEmpty()).toArray(String[]::new));
        }
        Map<String, Object> defaults = new TreeMap<>(EmailSettingsProperties.write(EmailSettings.defaults()));
        assertEquals(defaults.keySet(), described.keySet());
        defaults.forEach((key, value) -> assertArrayEquals(value instanceof String[] a ? a
                : Stream.of(String.valueOf(value)).filter(v -> !v.isEmpty()).toArray(String[]::new),
                described.get(key), key));
    }

    @Test
    void aTestEmailArrivesOrSaysExactlyWhatWentWrong() throws Exception {
        GreenMail greenMail = TestGreenMail.start(ServerSetupTest.SMTP);
        try {
            greenMail.setUser(Fixtures.SENDER, "gate-mailer", "app-password-1");
            EmailSettings settings = Fixtures.settings("127.0.0.1", greenMail.getSmtp().getPort(), SmtpSecurity.NONE, "gate-mailer", "");
            service.setPassword(admin(), "app-password-1");

            TestMailResult sent = service.sendTestMail(admin(), settings, Optional.empty(), "admin@school.example");
            assertEquals(TestMailResult.sent("Test e-mail sent to admin@school.example through 127.0.0.1:" + greenMail.getSmtp().getPort() + "."), sent);
            assertTrue(greenMail.waitForIncomingEmail(WAIT_MS, 1));
            assertEquals("Gatepass test e-mail", greenMail.getReceivedMessages()[0].getSubject());

            TestMailResult wrong = service.sendTestMail(admin(), settings, Optional.of("typed-wrong"), "admin@school.example");
            assertFalse(wrong.sent());
            assertTrue(wrong.message().startsWith("Authentication failed at 127.0.0.1:"), wrong.message());

            TestMailResult badRecipient = service.sendTestMail(admin(), settings, Optional.empty(), "admin");
            assertEquals(TestMailResult.failed("Test recipient 'admin' is not a valid address."), badRecipient);
            assertEquals(1, greenMail.getReceivedMessages().length);
        } finally {
            greenMail.stop();
        }
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        TestMailResult refused = service.sendTestMail(admin(), Fixtures.plain(closedPort), Optional.empty(), "admin@school.example");
        assertEquals(TestMailResult.failed("Connection refused by 127.0.0.1:" + closedPort + ": is the SMTP server running and the port right?"), refused);
    }
}
