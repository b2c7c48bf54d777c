package org.gatepass.ui.email;

import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.security.Actor;
import org.gatepass.notify.email.EmailSettings;
import org.gatepass.notify.email.EmailSettingsService;
import org.gatepass.notify.email.InvalidEmailSettingsException;
import org.gatepass.notify.email.TestMailResult;
import org.gatepass.ui.internal.Background;
import org.gatepass.ui.internal.MessageLine;
import org.gatepass.ui.internal.TestIds;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Administration: the e-mail notification settings, the SMTP password (written to secure storage, never shown
 * again) and a test e-mail with the settings as typed. Every call to the service runs off the UI thread.
 */
public final class EmailSettingsPart {
    private final EmailSettingsService service;
    @Inject
    private Actor actor;
    private EmailSettingsForm form;
    private Text password;
    private Label passwordState;
    private Text testRecipient;
    private MessageLine message;

    @Inject
    public EmailSettingsPart(@org.eclipse.e4.core.di.annotations.Optional EmailSettingsService service) {
        this.service = service;
    }

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite content = new Composite(scroll, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(content);
        form = new EmailSettingsForm(content);

        Composite secret = new Composite(content, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(secret);
        new Label(secret, SWT.NONE).setText("Password");
        password = TestIds.name(new Text(secret, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD), "email.password");
        password.setMessage("type to replace");
        password.setToolTipText("Kept in secure storage, never shown again. For Gmail, an app password.");
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(password);
        passwordState = TestIds.name(new Label(secret, SWT.NONE), "email.passwordState");
        Button forget = TestIds.name(new Button(secret, SWT.PUSH), "email.forgetPassword");
        forget.setText("Forget password");
        forget.addListener(SWT.Selection, e -> forgetPassword());

        Composite actions = new Composite(content, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(actions);
        Button save = TestIds.name(new Button(actions, SWT.PUSH), "email.save");
        save.setText("Save");
        save.addListener(SWT.Selection, e -> save());
        Button test = TestIds.name(new Button(actions, SWT.PUSH), "email.sendTest");
        test.setText("Send test e-mail to");
        test.addListener(SWT.Selection, e -> sendTest());
        testRecipient = TestIds.name(new Text(actions, SWT.BORDER | SWT.SINGLE), "email.testRecipient");
        testRecipient.setMessage("your address");
        GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(testRecipient);

        message = new MessageLine(content, "email.message");
        GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(message.control());
        scroll.setContent(content);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));

        if (service == null) {
            message.error("E-mail notifications are not available: the e-mail or secure storage bundle did not start.");
            return;
        }
        Actor acting = actor;
        Background.run("Loading e-mail settings", content, () -> new Loaded(service.load(acting), service.hasPassword(acting)), loaded -> {
            form.show(loaded.settings());
            showPasswordState(loaded.passwordStored());
        }, e -> message.error("The e-mail settings could not be read: " + e.getMessage()));
    }

    private record Loaded(EmailSettings settings, boolean passwordStored) {
    }

    private void save() {
        Optional<EmailSettings> settings = readForm();
        if (settings.isEmpty() || service == null) {
            return;
        }
        String typed = password.getText();
        message.info("Saving…");
        Actor acting = actor;
        Background.run("Saving e-mail settings", password, () -> {
            service.save(acting, settings.get());
            if (!typed.isEmpty()) {
                service.setPassword(acting, typed);
            }
            return service.hasPassword(acting);
        }, stored -> {
            password.setText("");
            showPasswordState(stored);
            message.info("E-mail settings saved; they apply to the next e-mail.");
        }, this::showFailure);
    }

    private void sendTest() {
        Optional<EmailSettings> settings = readForm();
        if (settings.isEmpty() || service == null) {
            return;
        }
        Optional<String> typed = Optional.of(password.getText()).filter(p -> !p.isEmpty());
        String to = testRecipient.getText();
        message.info("Sending a test e-mail to " + to.strip() + "…");
        Actor acting = actor;
        Background.run("Sending a test e-mail", password, () -> service.sendTestMail(acting, settings.get(), typed, to), (TestMailResult result) -> {
            if (result.sent()) {
                message.info(result.message());
            } else {
                message.error(result.message());
            }
        }, this::showFailure);
    }

    private void forgetPassword() {
        if (service == null) {
            return;
        }
        Actor acting = actor;
        Background.run("Forgetting the SMTP password", password, () -> {
            service.setPassword(acting, "");
            return service.hasPassword(acting);
        }, stored -> {
            showPasswordState(stored);
            message.info("SMTP password forgotten.");
        }, this::showFailure);
    }

    private Optional<EmailSettings> readForm() {
        try {
            return Optional.of(form.read());
        } catch (InvalidEmailSettingsException e) {
            message.error(String.join(" ", e.problems()));
            return Optional.empty();
        }
    }

    private void showFailure(RuntimeException e) {
        message.error(e instanceof InvalidEmailSettingsException invalid ? String.join(" ", invalid.problems()) : e.getMessage());
    }

    private void showPasswordState(boolean stored) {
        passwordState.setText(stored ? "stored" : "not stored");
        passwordState.getParent().layout();
    }
}
