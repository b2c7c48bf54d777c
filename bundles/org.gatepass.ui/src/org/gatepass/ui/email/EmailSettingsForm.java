package org.gatepass.ui.email;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.notify.RecipientRole;
import org.gatepass.notify.email.EmailSettings;
import org.gatepass.notify.email.InvalidEmailSettingsException;
import org.gatepass.notify.email.SmtpSecurity;
import org.gatepass.ui.internal.TestIds;

/** The editable e-mail settings, without the password; knows nothing of storage. */
final class EmailSettingsForm {
    private static final Map<RecipientRole, String> ROLE_LABELS = Map.of(RecipientRole.PERSON, "The person",
            RecipientRole.GUARDIAN, "Guardians (students)", RecipientRole.HOST, "Hosts (visitors)", RecipientRole.SECURITY,
            "Security desk (alerts)");
    private static final List<RecipientRole> ROLES = List.of(RecipientRole.PERSON, RecipientRole.GUARDIAN, RecipientRole.HOST,
            RecipientRole.SECURITY);

    private final Composite composite;
    private final Button enabled;
    private final Text host;
    private final Text port;
    private final Combo security;
    private final Text username;
    private final Text senderAddress;
    private final Text senderName;
    private final Text securityDesk;
    private final Map<RecipientRole, Button> roles = new EnumMap<>(RecipientRole.class);
    private final Button attachSnapshot;
    private final Text connectTimeout;
    private final Text readTimeout;
    private final Text gateName;
    private final Text trustedCertificates;

    EmailSettingsForm(Composite parent) {
        composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(composite);
        enabled = check("Send e-mails", "email.enabled", "Send an e-mail for gate movements and alerts");
        host = text("SMTP server", "email.host", "e.g. smtp.gmail.com");
        port = text("Port", "email.port", "587 for STARTTLS, 465 for SSL/TLS, 25 for a plain relay");
        security = combo("Security", "email.security", Arrays.stream(SmtpSecurity.values()).map(SmtpSecurity::label).toArray(String[]::new));
        username = text("User", "email.username", "SMTP user name; empty for no login");
        senderAddress = text("Sender address", "email.senderAddress", "The From address of every e-mail");
        senderName = text("Sender name", "email.senderName", "The name shown with the sender address");
        securityDesk = text("Security desk", "email.securityDesk", "Addresses told of alerts, separated by commas");
        new Label(composite, SWT.NONE).setText("Write to");
        Composite roleBoxes = new Composite(composite, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(roleBoxes);
        for (RecipientRole role : ROLES) {
            Button box = TestIds.name(new Button(roleBoxes, SWT.CHECK), "email.role." + role.name());
            box.setText(ROLE_LABELS.get(role));
            roles.put(role, box);
        }
        attachSnapshot = check("Snapshot", "email.attachSnapshot", "Attach the camera's picture to alert e-mails");
        connectTimeout = text("Connect timeout (ms)", "email.connectTimeout", "How long to wait for the server to accept a connection");
        readTimeout = text("Read timeout (ms)", "email.readTimeout", "How long to wait for each answer of the server");
        gateName = text("Gate name", "email.gateName", "The site or gate named in the e-mails");
        trustedCertificates = text("Trusted certificates", "email.trustedCertificates",
                "PEM file of certificates to trust instead of the usual authorities (company CA, self-signed server); usually empty");
    }

    Composite control() {
        return composite;
    }

    void show(EmailSettings s) {
        enabled.setSelection(s.enabled());
        host.setText(s.host());
        port.setText(Integer.toString(s.port()));
        security.select(s.security().ordinal());
        username.setText(s.username());
        senderAddress.setText(s.senderAddress());
        senderName.setText(s.senderName());
        securityDesk.setText(String.join(", ", s.securityDesk()));
        roles.forEach((role, box) -> box.setSelection(s.notifiedRoles().contains(role)));
        attachSnapshot.setSelection(s.attachSnapshot());
        connectTimeout.setText(Integer.toString(s.connectTimeoutMs()));
        readTimeout.setText(Integer.toString(s.readTimeoutMs()));
        gateName.setText(s.gateName());
        trustedCertificates.setText(s.trustedCertificates());
    }

    /**
     * The settings as typed; the service checks the rules.
     * @throws InvalidEmailSettingsException when a number field holds no number
     */
    EmailSettings read() {
        List<String> problems = new ArrayList<>();
        int portNumber = number("Port", port, problems);
        int connect = number("Connect timeout", connectTimeout, problems);
        int read = number("Read timeout", readTimeout, problems);
        if (!problems.isEmpty()) {
            throw new InvalidEmailSettingsException(problems);
        }
        Set<RecipientRole> chosen = EnumSet.noneOf(RecipientRole.class);
        roles.forEach((role, box) -> {
            if (box.getSelection()) {
                chosen.add(role);
            }
        });
        return new EmailSettings(enabled.getSelection(), host.getText(), portNumber, SmtpSecurity.values()[security.getSelectionIndex()],
                username.getText(), senderAddress.getText(), senderName.getText(), Arrays.asList(securityDesk.getText().split(",")), chosen,
                attachSnapshot.getSelection(), connect, read, gateName.getText(), trustedCertificates.getText());
    }

    private static int number(String field, Text text, List<String> problems) {
        try {
            return Integer.parseInt(text.getText().strip());
        } catch (NumberFormatException e) {
            problems.add(field + " '" + text.getText().strip() + "' is not a whole number.");
            return 0;
        }
    }

    private Text text(String label, String testId, String tooltip) {
        new Label(composite, SWT.NONE).setText(label);
        Text text = TestIds.name(new Text(composite, SWT.BORDER | SWT.SINGLE), testId);
        text.setToolTipText(tooltip);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private Button check(String label, String testId, String text) {
        new Label(composite, SWT.NONE).setText(label);
        Button box = TestIds.name(new Button(composite, SWT.CHECK), testId);
        box.setText(text);
        return box;
    }

    private Combo combo(String label, String testId, String[] items) {
        new Label(composite, SWT.NONE).setText(label);
        Combo combo = TestIds.name(new Combo(composite, SWT.READ_ONLY), testId);
        combo.setItems(items);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        return combo;
    }
}
