package org.gatepass.access.ui.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.access.AccessSetup;
import org.gatepass.core.access.AntiPassback;
import org.gatepass.core.access.Gate;
import org.gatepass.ui.internal.Buttons;
import org.gatepass.ui.internal.Tables;
import org.gatepass.ui.internal.TestIds;

/** The gates: which cameras watch each, the area it leads into, whether it is restricted, the door it releases, its anti-passback. */
final class GatesTab {
    private final AccessPart part;
    private final TableViewer table;
    private final Text name;
    private final Text cameras;
    private final Button restricted;
    private final Text door;
    private final Spinner seconds;
    private final Combo antiPassback;
    private final Text area;
    private Long editing;

    GatesTab(Composite page, AccessPart part) {
        this.part = part;
        table = Tables.create(page, "access.gates");
        Tables.column(table, Gate.class, "Gate", 160, Gate::name);
        Tables.column(table, Gate.class, "Cameras", 220, g -> g.cameras().stream().sorted().collect(Collectors.joining(", ")));
        Tables.column(table, Gate.class, "Restricted", 90, g -> g.restricted() ? "Yes" : "No, everybody");
        Tables.column(table, Gate.class, "Door", 200, g -> g.door().isEmpty() ? "" : g.door() + ", open " + g.releaseSeconds() + " s");
        Tables.column(table, Gate.class, "Leads into", 140, g -> g.area().isEmpty() ? "the site" : g.area());
        Tables.column(table, Gate.class, "Anti-passback", 160, g -> g.antiPassback().label());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        table.addSelectionChangedListener(e -> edit((Gate) ((IStructuredSelection) e.getSelection()).getFirstElement()));

        Composite form = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
        name = Forms.text(form, "Name *", "access.gate.name");
        cameras = Forms.text(form, "Cameras", "access.gate.cameras");
        cameras.setMessage("camera IDs, comma-separated");
        new Label(form, SWT.NONE);
        restricted = TestIds.name(new Button(form, SWT.CHECK), "access.gate.restricted");
        restricted.setText("Restricted: only holders of an access level open now come in (leaving is never refused)");
        area = Forms.text(form, "Leads into", "access.gate.area");
        area.setMessage("an area with its own presence (a lab, a building); empty: the site");
        door = Forms.text(form, "Door", "access.gate.door");
        door.setMessage("the door relay's name; empty when no door is released");
        new Label(form, SWT.NONE).setText("Open for (s)");
        seconds = TestIds.name(new Spinner(form, SWT.BORDER), "access.gate.seconds");
        seconds.setValues(5, 1, 60, 0, 1, 5);
        new Label(form, SWT.NONE).setText("Anti-passback");
        antiPassback = TestIds.name(new Combo(form, SWT.READ_ONLY), "access.gate.passback");
        for (AntiPassback mode : AntiPassback.values()) {
            antiPassback.add(mode.label());
        }
        antiPassback.setToolTipText("At entry and exit cameras: an entry without a leaving before it, or a leaving without an entry");
        Composite buttons = Forms.buttons(form);
        Buttons.push(buttons, "New gate", "access.gate.new", () -> edit(null));
        Buttons.push(buttons, "Save gate", "access.gate.save", this::save);
        Buttons.push(buttons, "Delete gate", "access.gate.delete", this::delete);
    }

    void show(AccessSetup setup) {
        table.setInput(setup.gates());
    }

    private void edit(Gate gate) {
        editing = gate == null ? null : gate.id();
        name.setText(gate == null ? "" : gate.name());
        cameras.setText(gate == null ? "" : gate.cameras().stream().sorted().collect(Collectors.joining(", ")));
        restricted.setSelection(gate != null && gate.restricted());
        door.setText(gate == null ? "" : gate.door());
        area.setText(gate == null ? "" : gate.area());
        seconds.setSelection(gate == null || gate.releaseSeconds() < 1 ? 5 : gate.releaseSeconds());
        antiPassback.select((gate == null ? AntiPassback.OFF : gate.antiPassback()).ordinal());
    }

    private void save() {
        Gate gate = new Gate(editing, name.getText(), Arrays.stream(cameras.getText().split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .collect(Collectors.toSet()), restricted.getSelection(), door.getText(), door.getText().isBlank() ? 0 : seconds.getSelection(),
                AntiPassback.values()[Math.max(0, antiPassback.getSelectionIndex())], area.getText());
        part.change("Saving the gate " + gate.name().strip(), () -> part.access().saveGate(part.actor(), gate), "Gate " + gate.name().strip() + " saved.");
    }

    private void delete() {
        if (editing == null) {
            part.message().error("Choose the gate to delete.");
            return;
        }
        long id = editing;
        part.change("Deleting the gate", () -> part.access().deleteGate(part.actor(), id), "Gate deleted: its cameras admit everybody again.");
        edit(null);
    }
}
