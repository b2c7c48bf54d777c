package org.gatepass.ui.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.audit.AuditAction;
import org.gatepass.core.audit.AuditEntry;
import org.gatepass.core.audit.AuditQuery;
import org.gatepass.core.audit.AuditService;
import org.gatepass.core.security.Actor;
import org.gatepass.ui.internal.Background;
import org.gatepass.ui.internal.MessageLine;
import org.gatepass.ui.internal.Tables;
import org.gatepass.ui.internal.TestIds;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Administration: the audit trail, newest first, filtered by operator, action and dates; a check of the
 * whole hash chain; the filtered rows exported as CSV. Every read runs off the UI thread.
 */
public final class AuditPart {
    static final int ROWS = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final String ANY_ACTION = "any action";

    private final AuditService audit;
    @Inject
    private Actor actor;
    private Text operator;
    private Combo action;
    private Text from;
    private Text to;
    private Label count;
    private TableViewer table;
    private Text details;
    private MessageLine message;

    @Inject
    public AuditPart(AuditService audit) {
        this.audit = audit;
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        Composite filters = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(11).applyTo(filters);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
        operator = filter(filters, "Operator", "audit.operator", "user name");
        new Label(filters, SWT.NONE).setText("Action");
        action = TestIds.name(new Combo(filters, SWT.READ_ONLY), "audit.action");
        action.add(ANY_ACTION);
        for (AuditAction a : AuditAction.values()) {
            action.add(a.code());
        }
        action.select(0);
        from = filter(filters, "From", "audit.from", "yyyy-mm-dd");
        to = filter(filters, "To", "audit.to", "yyyy-mm-dd");
        button(filters, "audit.search", "Search", this::load);
        button(filters, "audit.verify", "Verify chain", this::verify);
        button(filters, "audit.export", "Export CSV…", this::chooseExportFile);
        action.addListener(SWT.Selection, e -> load());
        for (Text typed : new Text[] { operator, from, to }) {
            typed.addListener(SWT.DefaultSelection, e -> load()); // Enter searches
        }

        table = Tables.create(parent, "audit.table");
        Tables.column(table, AuditEntry.class, "Time", 140, e -> TIME.format(e.at()));
        Tables.column(table, AuditEntry.class, "Operator", 100, AuditEntry::operator);
        Tables.column(table, AuditEntry.class, "Role", 80, AuditEntry::role);
        Tables.column(table, AuditEntry.class, "Action", 130, AuditEntry::action);
        Tables.column(table, AuditEntry.class, "Subject", 200, AuditEntry::subject);
        Tables.column(table, AuditEntry.class, "Before", 220, e -> oneLine(e.before()));
        Tables.column(table, AuditEntry.class, "After", 220, e -> oneLine(e.after()));
        Tables.column(table, AuditEntry.class, "Station", 110, AuditEntry::station);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        details = TestIds.name(new Text(parent, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL), "audit.details");
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 90).applyTo(details);
        table.addSelectionChangedListener(e -> showDetails());
        count = TestIds.name(new Label(parent, SWT.NONE), "audit.count");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
        message = new MessageLine(parent, "audit.message");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message.control());
        load();
    }

    @Focus
    void focus() {
        operator.setFocus();
    }

    /** The selected row's values in full, one per line: the table's cells are too narrow for them. */
    private void showDetails() {
        if (table.getStructuredSelection().getFirstElement() instanceof AuditEntry entry) {
            details.setText(entry.subject() + "\n\nBefore:\n" + entry.before() + "\n\nAfter:\n" + entry.after());
        } else {
            details.setText("");
        }
    }

    /** Values are stored one per line; a table row shows them side by side. */
    private static String oneLine(String values) {
        return values == null ? "" : values.replace("\n", "; ");
    }

    private static Text filter(Composite parent, String label, String id, String hint) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = TestIds.name(new Text(parent, SWT.BORDER | SWT.SINGLE), id);
        text.setMessage(hint);
        GridDataFactory.fillDefaults().hint(100, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private static void button(Composite parent, String id, String label, Runnable action) {
        Button button = TestIds.name(new Button(parent, SWT.PUSH), id);
        button.setText(label);
        button.addListener(SWT.Selection, e -> action.run());
    }

    /** The filters as typed; null (with the problem shown) when a date cannot be read. */
    private AuditQuery query() {
        try {
            String name = operator.getText().strip();
            String code = action.getSelectionIndex() <= 0 ? null : action.getText();
            return new AuditQuery(name.isEmpty() ? null : name, code, startOf(from.getText(), 0), startOf(to.getText(), 1), 0, ROWS);
        } catch (DateTimeParseException e) {
            message.error("Dates are written yyyy-mm-dd, e.g. 2026-12-04.");
            return null;
        }
    }

    /** The start of the day typed, plus {@code days}: "To" includes its whole day. */
    private static Instant startOf(String typed, int days) {
        return typed.isBlank() ? null : LocalDate.parse(typed.strip()).plusDays(days).atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    private void load() {
        AuditQuery query = query();
        if (query == null) {
            return;
        }
        Actor acting = actor;
        Background.run("Reading the audit trail", table.getControl(), () -> new Page(audit.find(acting, query), audit.count(acting, query)),
                page -> {
                    table.setInput(page.rows());
                    showDetails();
                    count.setText(page.total() > page.rows().size() ? "Newest " + page.rows().size() + " of " + page.total() + " rows"
                            : page.total() + (page.total() == 1 ? " row" : " rows"));
                    count.getParent().layout();
                    message.clear();
                }, e -> message.error(e.getMessage()));
    }

    private record Page(List<AuditEntry> rows, int total) {
    }

    private void verify() {
        message.info("Checking the whole chain…");
        Actor acting = actor;
        Background.run("Verifying the audit chain", table.getControl(), () -> audit.verify(acting), outcome -> {
            if (outcome.isIntact()) {
                message.info("The audit chain is intact: " + outcome.rowsChecked() + " rows checked.");
            } else {
                message.error("The audit chain is broken at row " + outcome.firstBrokenSeq() + ": " + outcome.problem());
            }
        }, e -> message.error(e.getMessage()));
    }

    private void chooseExportFile() {
        FileDialog dialog = new FileDialog(table.getControl().getShell(), SWT.SAVE);
        dialog.setText("Export the audit trail");
        dialog.setFileName("gatepass-audit.csv");
        dialog.setFilterExtensions(new String[] { "*.csv", "*" });
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            export(Path.of(chosen));
        }
    }

    /** Writes the rows matching the filters (all of them, not only those shown) to a CSV file. */
    void export(Path file) {
        AuditQuery query = query();
        if (query == null) {
            return;
        }
        Actor acting = actor;
        message.info("Exporting…");
        Background.run("Exporting the audit trail", table.getControl(), () -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                audit.exportCsv(acting, query, out);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
            }
        }, written -> message.info("Exported to " + written + "."), e -> message.error(e.getMessage()));
    }
}
