package org.gatepass.ui.visitors;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonStatus;
import org.gatepass.ui.internal.MessageLine;
import org.gatepass.ui.internal.TestIds;

/** "New pass…": the visitor, their host, why they come, when and through which gates. */
final class NewPassDialog extends Dialog {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What the reception asked for; the pass service checks it. */
    record Request(Person visitor, String purpose, Instant validFrom, Instant validUntil, List<String> cameras, boolean send) {
    }

    private final ZoneId zone;
    private Text name;
    private Text email;
    private Text host;
    private Text purpose;
    private Text from;
    private Text until;
    private Text gates;
    private Button send;
    private MessageLine problems;
    private Request request;

    NewPassDialog(Shell parent, ZoneId zone) {
        super(parent);
        this.zone = zone;
    }

    Request request() {
        return request;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("New visitor pass");
        TestIds.name(shell, "visitors.newpass");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).applyTo(area);
        LocalDateTime now = LocalDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES);
        name = field(area, "Visitor *", "visitors.newpass.name", "");
        email = field(area, "Visitor's e-mail", "visitors.newpass.email", "");
        host = field(area, "Host's e-mail", "visitors.newpass.host", "");
        host.setToolTipText("Told when the visitor arrives and leaves");
        purpose = field(area, "Purpose", "visitors.newpass.purpose", "");
        from = field(area, "Valid from *", "visitors.newpass.from", WHEN.format(now));
        until = field(area, "Valid until *", "visitors.newpass.until", WHEN.format(now.plusHours(8)));
        gates = field(area, "Cameras", "visitors.newpass.gates", "");
        gates.setMessage("camera IDs, comma-separated; empty for every camera");
        new Label(area, SWT.NONE);
        send = TestIds.name(new Button(area, SWT.CHECK), "visitors.newpass.send");
        send.setText("E-mail the pass to the visitor");
        send.setSelection(true);
        problems = new MessageLine(area, "visitors.newpass.problems");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(problems.control());
        return area;
    }

    private static Text field(Composite area, String label, String id, String value) {
        new Label(area, SWT.NONE).setText(label);
        Text text = TestIds.name(new Text(area, SWT.BORDER), id);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void okPressed() {
        List<String> wrong = new ArrayList<>();
        Instant validFrom = time(from.getText(), "Valid from", wrong);
        Instant validUntil = time(until.getText(), "Valid until", wrong);
        if (name.getText().isBlank()) {
            wrong.add("The visitor's name is required.");
        }
        if (!wrong.isEmpty()) {
            problems.error(String.join(" ", wrong));
            return;
        }
        Person visitor = new Person(null, null, name.getText(), blankAsNull(email.getText()), null, PersonCategory.VISITOR, PersonStatus.ACTIVE,
                blankAsNull(host.getText()));
        List<String> cameras = Arrays.stream(gates.getText().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        request = new Request(visitor, purpose.getText(), validFrom, validUntil, cameras, send.getSelection() && visitor.email() != null);
        super.okPressed();
    }

    private Instant time(String text, String label, List<String> wrong) {
        try {
            return LocalDateTime.parse(text.strip(), WHEN).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            wrong.add(label + " '" + text.strip() + "' is not a time like 2026-12-04 09:30.");
            return null;
        }
    }

    private static String blankAsNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
