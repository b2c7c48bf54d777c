package org.gatepass.access.ui.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.access.AccessLevel;
import org.gatepass.core.access.AccessSetup;
import org.gatepass.core.access.Gate;
import org.gatepass.core.access.TimeWindow;
import org.gatepass.core.access.WeeklySchedule;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.ui.internal.Background;
import org.gatepass.ui.internal.Buttons;
import org.gatepass.ui.internal.Tables;
import org.gatepass.ui.internal.TestIds;

/**
 * The access levels: the gates each opens, its window on every day of the week, whether it opens on holidays, and who
 * holds it (categories, and persons by their ID).
 */
final class LevelsTab {
    private final AccessPart part;
    private final TableViewer table;
    private final Text name;
    private final Composite gateChoice;
    private final Map<Long, Button> gateBoxes = new LinkedHashMap<>();
    private final Map<DayOfWeek, Text> days = new EnumMap<>(DayOfWeek.class);
    private final Button holidays;
    private final Map<PersonCategory, Button> categories = new EnumMap<>(PersonCategory.class);
    private final Text holders;
    private AccessSetup setup;
    private Long editing;

    LevelsTab(Composite page, AccessPart part) {
        this.part = part;
        table = Tables.create(page, "access.levels");
        Tables.column(table, AccessLevel.class, "Access level", 160, AccessLevel::name);
        Tables.column(table, AccessLevel.class, "Gates", 180, this::gateNames);
        Tables.column(table, AccessLevel.class, "When", 260, l -> l.schedule().describe());
        Tables.column(table, AccessLevel.class, "Holidays", 80, l -> l.openOnHolidays() ? "Open" : "Closed");
        Tables.column(table, AccessLevel.class, "Categories", 160, this::categoryNames);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        table.addSelectionChangedListener(e -> edit((AccessLevel) ((IStructuredSelection) e.getSelection()).getFirstElement()));

        Composite form = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
        name = Forms.text(form, "Name *", "access.level.name");
        new Label(form, SWT.NONE).setText("Opens");
        gateChoice = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(gateChoice);
        for (DayOfWeek day : DayOfWeek.values()) {
            Text hours = Forms.text(form, WeekText.name(day), "access.level." + day.name().toLowerCase(java.util.Locale.ROOT));
            hours.setMessage("closed; or e.g. 07:00-20:00, 22:00-24:00");
            days.put(day, hours);
        }
        new Label(form, SWT.NONE);
        holidays = TestIds.name(new Button(form, SWT.CHECK), "access.level.holidays");
        holidays.setText("Open on holidays");
        new Label(form, SWT.NONE).setText("Held by every");
        Composite categoryChoice = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(PersonCategory.values().length).applyTo(categoryChoice);
        for (PersonCategory category : PersonCategory.values()) {
            Button box = TestIds.name(new Button(categoryChoice, SWT.CHECK), "access.level.category." + category.name().toLowerCase(java.util.Locale.ROOT));
            box.setText(category.label());
            categories.put(category, box);
        }
        holders = Forms.text(form, "Held by persons", "access.level.holders");
        holders.setMessage("their IDs, comma-separated");
        Composite buttons = Forms.buttons(form);
        Buttons.push(buttons, "New level", "access.level.new", () -> edit(null));
        Buttons.push(buttons, "Save level", "access.level.save", this::save);
        Buttons.push(buttons, "Delete level", "access.level.delete", this::delete);
    }

    /** Shows the levels as stored; the form keeps what is typed in it, and the gates ticked stay ticked. */
    void show(AccessSetup now) {
        setup = now;
        table.setInput(now.levels());
        Set<Long> ticked = gateBoxes.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).collect(Collectors.toSet());
        for (Control old : gateChoice.getChildren()) {
            old.dispose();
        }
        gateBoxes.clear();
        for (Gate gate : now.gates()) {
            Button box = TestIds.name(new Button(gateChoice, SWT.CHECK), "access.level.gate." + gate.name());
            box.setText(gate.name());
            box.setSelection(ticked.contains(gate.id()));
            gateBoxes.put(gate.id(), box);
        }
        gateChoice.getParent().layout(true, true);
    }

    private void edit(AccessLevel level) {
        editing = level == null ? null : level.id();
        name.setText(level == null ? "" : level.name());
        gateBoxes.forEach((id, box) -> box.setSelection(level != null && level.gateIds().contains(id)));
        List<TimeWindow> windows = level == null ? List.of() : level.schedule().windows();
        days.forEach((day, hours) -> hours.setText(WeekText.of(windows, day)));
        holidays.setSelection(level != null && level.openOnHolidays());
        categories.forEach((category, box) -> box.setSelection(level != null && setup != null
                && setup.categoryLevels().getOrDefault(category, Set.of()).contains(level.id())));
        holders.setText("");
        if (level != null) {
            long id = level.id();
            Background.run("Reading who holds " + level.name(), holders, () -> part.access().holders(part.actor(), id), persons -> {
                if (editing != null && editing == id) {
                    holders.setText(persons.stream().map(p -> p.externalId() == null ? "#" + p.id() : p.externalId()).collect(Collectors.joining(", ")));
                    holders.setToolTipText(persons.stream().map(Person::name).collect(Collectors.joining(", ")));
                }
            }, failure -> part.message().error(failure.getMessage()));
        }
    }

    private void save() {
        List<TimeWindow> windows = new ArrayList<>();
        try {
            days.forEach((day, hours) -> windows.addAll(WeekText.parse(day, hours.getText())));
        } catch (IllegalArgumentException e) {
            part.message().error(e.getMessage());
            return;
        }
        Set<Long> gates = gateBoxes.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).collect(Collectors.toSet());
        AccessLevel level = new AccessLevel(editing, name.getText(), gates, new WeeklySchedule(windows), holidays.getSelection());
        Set<PersonCategory> holdingCategories = categories.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        List<String> ids = Arrays.stream(holders.getText().split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
        part.change("Saving the access level " + level.name().strip(), () -> {
            AccessLevel stored = part.access().saveLevel(part.actor(), level);
            editing = stored.id(); // a holder refused below leaves the level saved: saving again changes it
            for (PersonCategory category : PersonCategory.values()) {
                part.access().setCategoryLevel(part.actor(), category, stored.id(), holdingCategories.contains(category));
            }
            part.access().setHolders(part.actor(), stored.id(), ids);
        }, "Access level " + level.name().strip() + " saved.");
    }

    private void delete() {
        if (editing == null) {
            part.message().error("Choose the access level to delete.");
            return;
        }
        long id = editing;
        editing = null;
        part.change("Deleting the access level", () -> part.access().deleteLevel(part.actor(), id), "Access level deleted, and taken from all who held it.");
    }

    private String gateNames(AccessLevel level) {
        return setup == null ? "" : setup.gates().stream().filter(g -> level.gateIds().contains(g.id())).map(Gate::name).collect(Collectors.joining(", "));
    }

    private String categoryNames(AccessLevel level) {
        return setup == null ? "" : setup.categoryLevels().entrySet().stream().filter(e -> e.getValue().contains(level.id()))
                .map(e -> e.getKey().label()).sorted().collect(Collectors.joining(", "));
    }
}
