package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.gatepass.notify.email.EmailSettings;
import org.gatepass.notify.email.EmailSettingsService;
import org.gatepass.notify.email.SmtpSecurity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

/** An administrator fills in the E-mail settings, sends a test e-mail that arrives at a real SMTP server, and saves. */
@ExtendWith(ServiceExtension.class)
class EmailSettingsViewTest {
    private static RunningWorkbench workbench;

    @InjectService(timeout = 10_000)
    EmailSettingsService settings;

    @BeforeAll
    static void openEmailSettings() throws Exception {
        workbench = RunningWorkbench.get();
        WorkbenchTest.switchTo(workbench, WorkbenchTest.ADMINISTRATION);
        workbench.showPart("org.gatepass.part.email");
        workbench.waitUntil("the e-mail settings are loaded", () -> workbench.isShowing("email.port")
                && !workbench.find("email.port", Text.class).getText().isEmpty());
    }

    @Test
    void aTestEmailArrivesAndTheSettingsAreSavedWithThePasswordInSecureStorage() throws Exception {
        GreenMail greenMail = startGreenMail();
        try {
            greenMail.setUser("gate@school.example", "gate-mailer", "app-password-9");
            int port = greenMail.getSmtp().getPort();
            workbench.ui(() -> workbench.find("email.enabled", Button.class).setSelection(true));
            fill("email.host", "127.0.0.1");
            fill("email.port", Integer.toString(port));
            workbench.ui(() -> workbench.find("email.security", Combo.class).select(SmtpSecurity.NONE.ordinal()));
            fill("email.username", "gate-mailer");
            fill("email.senderAddress", "gate@school.example");
            fill("email.securityDesk", "desk@school.example, night@school.example");
            fill("email.gateName", "North Gate");
            fill("email.testRecipient", "admin@school.example");

            fill("email.password", "typed-wrong");
            press("email.sendTest");
            workbench.waitUntil("the failure is reported", () -> message().startsWith("Authentication failed"));
            assertTrue(message().contains("127.0.0.1:" + port) && message().contains("app password"), message());

            fill("email.password", "app-password-9");
            press("email.sendTest");
            workbench.waitUntil("the test e-mail is reported sent", () -> message().startsWith("Test e-mail sent"));
            assertEquals("Test e-mail sent to admin@school.example through 127.0.0.1:" + port + ".", message());
            assertTrue(greenMail.waitForIncomingEmail(10_000, 1));
            MimeMessage received = greenMail.getReceivedMessages()[0];
            assertEquals("Gatepass test e-mail", received.getSubject());
            assertEquals("admin@school.example", received.getAllRecipients()[0].toString());

            press("email.save");
            workbench.waitUntil("the settings are saved", () -> message().startsWith("E-mail settings saved"));
            assertEquals("stored", workbench.ui(() -> workbench.find("email.passwordState", Label.class).getText()));
            assertEquals("", workbench.ui(() -> workbench.find("email.password", Text.class).getText()), "the password is not shown again");
            EmailSettings saved = settings.load(workbench.actor());
            assertTrue(saved.enabled());
            assertEquals("127.0.0.1", saved.host());
            assertEquals(port, saved.port());
            assertEquals(SmtpSecurity.NONE, saved.security());
            assertEquals(List.of("desk@school.example", "night@school.example"), saved.securityDesk());
            assertEquals("North Gate", saved.gateName());
            assertTrue(settings.hasPassword(workbench.actor()));
        } finally {
            greenMail.stop();
            settings.save(workbench.actor(), EmailSettings.defaults());
            settings.setPassword(workbench.actor(), "");
        }
    }

    private String message() {
        return workbench.ui(() -> workbench.find("email.message", Label.class).getText());
    }

    private void fill(String id, String value) {
        workbench.ui(() -> workbench.find(id, Text.class).setText(value));
    }

    private void press(String id) {
        workbench.ui(() -> RunningWorkbench.click(workbench.find(id, Button.class)));
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
