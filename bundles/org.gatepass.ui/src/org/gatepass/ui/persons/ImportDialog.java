package org.gatepass.ui.persons;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.gatepass.core.importing.ColumnMapping;
import org.gatepass.core.importing.ImportPreview;
import org.gatepass.core.importing.ImportTable;
import org.gatepass.core.importing.PersonField;
import org.gatepass.core.importing.PersonImportService;
import org.gatepass.core.importing.RowOutcome;
import org.gatepass.core.security.Actor;
import org.gatepass.ui.internal.Background;
import org.gatepass.ui.internal.MessageLine;
import org.gatepass.ui.internal.Tables;
import org.gatepass.ui.internal.TestIds;

/**
 * "Import…": which column holds which field (guessed from the headers), and what every row would do with each problem
 * by row and column. Nothing is written until Import is pressed; then only the rows without problems are.
 */
final class ImportDialog extends Dialog {
    private static final String NONE = "(not imported)";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ImportTable table;
    private final PersonImportService imports;
    private final Actor actor;
    private final Map<PersonField, Combo> columns = new EnumMap<>(PersonField.class);
    private TableViewer rows;
    private MessageLine summary;
    private Button sendPasses;
    private boolean send;
    private ImportPreview preview;

    ImportDialog(Shell parent, ImportTable table, PersonImportService imports, Actor actor) {
        super(parent);
        this.table = table;
        this.imports = imports;
        this.actor = actor;
    }

    /** What the operator confirmed; null when cancelled. */
    ImportPreview preview() {
        return preview;
    }

    /** Whether the passes the import issues are e-mailed to their visitors. */
    boolean sendPasses() {
        return send;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Import persons from " + table.source());
        TestIds.name(shell, "persons.import");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(10, 10).applyTo(area);
        ColumnMapping guessed = ColumnMapping.guess(table.headers());
        String[] choices = java.util.stream.Stream.concat(java.util.stream.Stream.of(NONE), table.headers().stream()).toArray(String[]::new);
        for (PersonField field : PersonField.values()) {
            new Label(area, SWT.NONE).setText(field.label() + (field.required() ? " *" : ""));
            Combo combo = TestIds.name(new Combo(area, SWT.READ_ONLY), "persons.import.field." + field.name());
            combo.setItems(choices);
            combo.select(guessed.column(field).map(c -> c + 1).orElse(0));
            combo.addListener(SWT.Selection, e -> check());
            GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
            columns.put(field, combo);
        }
        sendPasses = TestIds.name(new Button(area, SWT.CHECK), "persons.import.sendpasses");
        sendPasses.setText("E-mail the visitors' passes to them (rows with a pass window)");
        sendPasses.setSelection(true);
        GridDataFactory.fillDefaults().span(4, 1).applyTo(sendPasses);
        summary = new MessageLine(area, "persons.import.summary");
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(640, SWT.DEFAULT).applyTo(summary.control());
        rows = Tables.create(area, "persons.import.rows");
        Tables.column(rows, RowOutcome.class, "Row", 50, r -> Integer.toString(r.row()));
        Tables.column(rows, RowOutcome.class, "Does", 90, r -> switch (r.action()) {
            case CREATE -> "Add";
            case UPDATE -> "Update";
            case UNCHANGED -> "Unchanged";
            case REJECTED -> "Refused";
        });
        Tables.column(rows, RowOutcome.class, "Name", 180, r -> r.person().name() == null ? "" : r.person().name());
        Tables.column(rows, RowOutcome.class, "Pass", 210, r -> r.pass() == null ? ""
                : WHEN.format(r.pass().validFrom().atZone(ZoneId.systemDefault())) + " – " + WHEN.format(r.pass().validUntil().atZone(ZoneId.systemDefault())));
        Tables.column(rows, RowOutcome.class, "Problems", 420, r -> String.join(" ",
                r.problems().stream().map(p -> (p.column().isEmpty() ? "" : p.column() + ": ") + p.reason()).toList()));
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(760, 320).applyTo(rows.getControl());
        return area;
    }

    @Override
    protected void okPressed() {
        send = sendPasses.getSelection();
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button ok = createButton(parent, IDialogConstants.OK_ID, "Import", true);
        TestIds.name(ok, "persons.import.ok");
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        ok.setEnabled(false);
        check();
    }

    /** Previews the import with the columns as chosen now, off the UI thread. */
    private void check() {
        Map<PersonField, Integer> chosen = new HashMap<>();
        columns.forEach((field, combo) -> {
            if (combo.getSelectionIndex() > 0) {
                chosen.put(field, combo.getSelectionIndex() - 1);
            }
        });
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null) {
            return;
        }
        ok.setEnabled(false);
        summary.info("Checking " + table.rows().size() + " rows…");
        Background.run("Checking the import", rows.getControl(), () -> imports.preview(actor, table, new ColumnMapping(chosen)), checked -> {
            preview = checked;
            rows.setInput(List.copyOf(checked.rows()));
            long good = checked.count(RowOutcome.Action.CREATE) + checked.count(RowOutcome.Action.UPDATE);
            summary.info(checked.count(RowOutcome.Action.CREATE) + " to add, " + checked.count(RowOutcome.Action.UPDATE) + " to update, "
                    + checked.count(RowOutcome.Action.UNCHANGED) + " unchanged, " + checked.count(RowOutcome.Action.REJECTED)
                    + " refused (fix them in the file and import it again), " + checked.emptyRows() + " empty rows skipped.");
            ok.setText("Import " + good);
            ok.setEnabled(good > 0);
        }, failure -> {
            preview = null;
            rows.setInput(List.of());
            summary.error(failure.getMessage());
        });
    }
}
