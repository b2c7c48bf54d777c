package org.gatepass.access.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.access.AccessSetup;
import org.gatepass.core.access.Holiday;
import org.gatepass.ui.internal.Buttons;
import org.gatepass.ui.internal.Tables;

/** The site's holidays: days access levels stay closed unless they open on holidays. */
final class HolidaysTab {
    private final AccessPart part;
    private final TableViewer table;
    private final Text day;
    private final Text name;

    HolidaysTab(Composite page, AccessPart part) {
        this.part = part;
        table = Tables.create(page, "access.holidays");
        Tables.column(table, Holiday.class, "Day", 110, h -> h.day().toString());
        Tables.column(table, Holiday.class, "Weekday", 100, h -> WeekText.name(h.day().getDayOfWeek()));
        Tables.column(table, Holiday.class, "Holiday", 240, Holiday::name);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        Composite form = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(form);
        day = Forms.text(form, "Day *", "access.holiday.day");
        day.setMessage(LocalDate.now().toString());
        name = Forms.text(form, "Name", "access.holiday.name");
        Composite buttons = Forms.buttons(form);
        Buttons.push(buttons, "Save holiday", "access.holiday.save", this::save);
        Buttons.push(buttons, "Delete holiday", "access.holiday.delete", this::delete);
        table.addSelectionChangedListener(e -> {
            Holiday chosen = (Holiday) ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (chosen != null) {
                day.setText(chosen.day().toString());
                name.setText(chosen.name());
            }
        });
    }

    void show(AccessSetup setup) {
        table.setInput(setup.holidays());
    }

    private LocalDate day() {
        try {
            return LocalDate.parse(day.getText().strip());
        } catch (DateTimeParseException e) {
            part.message().error("Write the day like " + LocalDate.now() + ".");
            return null;
        }
    }

    private void save() {
        LocalDate when = day();
        if (when != null) {
            Holiday holiday = new Holiday(when, name.getText());
            part.change("Saving the holiday", () -> part.access().saveHoliday(part.actor(), holiday), "Holiday " + when + " saved.");
        }
    }

    private void delete() {
        LocalDate when = day();
        if (when != null) {
            part.change("Deleting the holiday", () -> part.access().deleteHoliday(part.actor(), when), when + " is no holiday any more.");
        }
    }
}
