package org.gatepass.access.ui.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.access.AccessSetup;
import org.gatepass.core.access.PresenceRule;
import org.gatepass.core.access.PresenceRule.Kind;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.ui.internal.Buttons;
import org.gatepass.ui.internal.Tables;
import org.gatepass.ui.internal.TestIds;

/** The rules that watch the time: a curfew, a closing time, "expected by 09:30", per category and day of the week. */
final class RulesTab {
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("H:mm");

    private final AccessPart part;
    private final TableViewer table;
    private final Text name;
    private final Combo category;
    private final Combo kind;
    private final Text at;
    private final Map<DayOfWeek, Button> days = new EnumMap<>(DayOfWeek.class);
    private Long editing;

    RulesTab(Composite page, AccessPart part) {
        this.part = part;
        table = Tables.create(page, "access.rules");
        Tables.column(table, PresenceRule.class, "Rule", 180, PresenceRule::name);
        Tables.column(table, PresenceRule.class, "Who", 110, r -> r.category().label());
        Tables.column(table, PresenceRule.class, "Alert when", 200, r -> r.kind().label() + " " + r.at());
        Tables.column(table, PresenceRule.class, "Days", 160, PresenceRule::daysText);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        table.addSelectionChangedListener(e -> edit((PresenceRule) ((IStructuredSelection) e.getSelection()).getFirstElement()));

        Composite form = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
        name = Forms.text(form, "Name *", "access.rule.name");
        new Label(form, SWT.NONE).setText("Who");
        category = TestIds.name(new Combo(form, SWT.READ_ONLY), "access.rule.category");
        for (PersonCategory c : PersonCategory.values()) {
            category.add(c.label());
        }
        new Label(form, SWT.NONE).setText("Alert when");
        kind = TestIds.name(new Combo(form, SWT.READ_ONLY), "access.rule.kind");
        for (Kind k : Kind.values()) {
            kind.add(k.label());
        }
        at = Forms.text(form, "Time *", "access.rule.time");
        at.setMessage("HH:mm, local time");
        new Label(form, SWT.NONE).setText("Days");
        Composite week = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).applyTo(week);
        for (DayOfWeek day : DayOfWeek.values()) {
            Button box = TestIds.name(new Button(week, SWT.CHECK), "access.rule.day." + day.getValue());
            box.setText(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            days.put(day, box);
        }
        new Label(form, SWT.NONE);
        new Label(form, SWT.WRAP).setText("Each person is alerted once per rule and day; the desk and a student's guardian or a visitor's host are e-mailed.");
        Composite buttons = Forms.buttons(form);
        Buttons.push(buttons, "New rule", "access.rule.new", () -> edit(null));
        Buttons.push(buttons, "Save rule", "access.rule.save", this::save);
        Buttons.push(buttons, "Delete rule", "access.rule.delete", this::delete);
        edit(null);
    }

    void show(AccessSetup setup) {
        table.setInput(setup.presenceRules());
    }

    private void edit(PresenceRule rule) {
        editing = rule == null ? null : rule.id();
        name.setText(rule == null ? "" : rule.name());
        category.select((rule == null ? PersonCategory.STUDENT : rule.category()).ordinal());
        kind.select((rule == null ? Kind.STILL_OUT : rule.kind()).ordinal());
        at.setText(rule == null ? "" : rule.at().toString());
        Set<DayOfWeek> chosen = rule == null ? EnumSet.allOf(DayOfWeek.class) : rule.days();
        days.forEach((day, box) -> box.setSelection(chosen.contains(day)));
    }

    private void save() {
        LocalTime time;
        try {
            time = LocalTime.parse(at.getText().strip(), HOUR_MINUTE);
        } catch (DateTimeParseException e) {
            part.message().error("The time is written as HH:mm, for example 22:00.");
            return;
        }
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        days.forEach((day, box) -> {
            if (box.getSelection()) {
                chosen.add(day);
            }
        });
        PresenceRule rule = new PresenceRule(editing, name.getText(), PersonCategory.values()[category.getSelectionIndex()],
                Kind.values()[kind.getSelectionIndex()], time, chosen);
        part.change("Saving the rule " + rule.name().strip(), () -> part.access().savePresenceRule(part.actor(), rule),
                "Rule " + rule.name().strip() + " saved: the gates check it from " + rule.at() + ".");
    }

    private void delete() {
        if (editing == null) {
            part.message().error("Choose the rule to delete.");
            return;
        }
        long id = editing;
        part.change("Deleting the rule", () -> part.access().deletePresenceRule(part.actor(), id), "Rule deleted; the alerts it raised stay.");
        edit(null);
    }
}
