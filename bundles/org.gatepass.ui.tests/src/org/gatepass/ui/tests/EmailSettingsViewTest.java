package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.Dictionary;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.gatepass.notify.email.EmailSettings;
import org.gatepass.notify.email.EmailSettingsService;
import org.gatepass.notify.email.SmtpSecurity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

/**
 * An administrator fills in the e-mail settings in the generic settings editor, sends a test e-mail (the e-mail
 * bundle's action beside its settings) that arrives at a real SMTP server, and saves: the password goes to secure
 * storage, the rest to the e-mail notifier's configuration.
 */
@ExtendWith(ServiceExtension.class)
class EmailSettingsViewTest {
    private static RunningWorkbench workbench;

    @InjectService(timeout = 10_000)
    EmailSettingsService settings;
    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurations;

    @BeforeAll
    static void openEmailSettings() throws Exception {
        workbench = RunningWorkbench.get();
        WorkbenchTest.switchTo(workbench, WorkbenchTest.ADMINISTRATION);
        workbench.showPart("org.gatepass.part.settings");
        workbench.waitUntil("the e-mail settings are listed", () -> workbench.isShowing("settings.components")
                && Arrays.stream(workbench.find("settings.components", Tree.class).getItems()).anyMatch(i -> i.getText().equals("E-mail notifications")));
        workbench.ui(() -> {
            Tree tree = workbench.find("settings.components", Tree.class);
            TreeItem email = Arrays.stream(tree.getItems()).filter(i -> i.getText().equals("E-mail notifications")).findFirst().orElseThrow();
            tree.setSelection(email);
            Event event = new Event();
            event.item = email;
            tree.notifyListeners(SWT.Selection, event);
        });
        workbench.waitUntil("the e-mail settings are loaded", () -> workbench.isShowing("settings.field.smtp.port")
                && !workbench.find("settings.field.smtp.port", Text.class).getText().isEmpty() && workbench.isShowing("settings.action.0"));
    }

    @Test
    void aTestEmailArrivesAndTheSettingsAreSavedWithThePasswordInSecureStorage() throws Exception {
        GreenMail greenMail = startGreenMail();
        try {
            greenMail.setUser("gate@school.example", "gate-mailer", "app-password-9");
            int port = greenMail.getSmtp().getPort();
            workbench.ui(() -> workbench.find("settings.field.enabled", Button.class).setSelection(true));
            workbench.fill("settings.field.smtp.host", "127.0.0.1");
            workbench.fill("settings.field.smtp.port", Integer.toString(port));
            workbench.ui(() -> {
                Combo security = workbench.find("settings.field.smtp.security", Combo.class);
                security.select(security.indexOf(SmtpSecurity.NONE.name()));
            });
            workbench.fill("settings.field.smtp.username", "gate-mailer");
            workbench.fill("settings.field.sender.address", "gate@school.example");
            workbench.fill("settings.field.security.desk", "desk@school.example, night@school.example");
            workbench.fill("settings.field.gate.name", "North Gate");
            assertEquals("Send test e-mail to", workbench.ui(() -> workbench.find("settings.action.0", Button.class).getText()));
            workbench.fill("settings.actionInput.0", "admin@school.example");

            workbench.fill("settings.field.smtp.password", "typed-wrong");
            workbench.press("settings.action.0");
            workbench.waitUntil("the failure is reported", () -> message().startsWith("Authentication failed"));
            assertTrue(message().contains("127.0.0.1:" + port) && message().contains("app password"), message());

            workbench.fill("settings.field.smtp.password", "app-password-9");
            workbench.press("settings.action.0");
            workbench.waitUntil("the test e-mail is reported sent", () -> message().startsWith("Test e-mail sent"));
            assertEquals("Test e-mail sent to admin@school.example through 127.0.0.1:" + port + ".", message());
            assertTrue(greenMail.waitForIncomingEmail(10_000, 1));
            MimeMessage received = greenMail.getReceivedMessages()[0];
            assertEquals("Gatepass test e-mail", received.getSubject());
            assertEquals("admin@school.example", received.getAllRecipients()[0].toString());

            workbench.press("settings.save");
            workbench.waitUntil("the settings are saved", () -> message().contains("saved and applied; secrets stored"));
            workbench.waitUntil("the saved settings show again", () -> workbench.isShowing("settings.field.smtp.password"));
            assertEquals("", workbench.ui(() -> workbench.find("settings.field.smtp.password", Text.class).getText()), "the password is not shown again");
            EmailSettings saved = settings.load(workbench.actor());
            assertTrue(saved.enabled());
            assertEquals("127.0.0.1", saved.host());
            assertEquals(port, saved.port());
            assertEquals(SmtpSecurity.NONE, saved.security());
            assertEquals(List.of("desk@school.example", "night@school.example"), saved.securityDesk());
            assertEquals("North Gate", saved.gateName());
            assertTrue(settings.hasPassword(workbench.actor()));
            Dictionary<String, Object> stored = configurations.getConfiguration("org.gatepass.notify.email", "?").getProperties();
            assertFalse(Collections.list(stored.elements()).stream().anyMatch(v -> String.valueOf(v).contains("app-password-9")),
                    "the password is not in the e-mail configuration");
        } finally {
            greenMail.stop();
            settings.save(workbench.actor(), EmailSettings.defaults());
            settings.setPassword(workbench.actor(), "");
        }
    }

    private String message() {
        return workbench.text("settings.message");
    }

    /**
     * GreenMail's threads parse what arrives with Jakarta Mail, which finds its stream provider through the
     * context class loader: they are started with Angus Mail's.
     */
    private static GreenMail startGreenMail() {
        Bundle angus = List.of(FrameworkUtil.getBundle(EmailSettingsViewTest.class).getBundleContext().getBundles()).stream()
                .filter(b -> "org.eclipse.angus.mail".equals(b.getSymbolicName())).findFirst().orElseThrow();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(angus.adapt(BundleWiring.class).getClassLoader());
        try {
            GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            greenMail.start();
            return greenMail;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
