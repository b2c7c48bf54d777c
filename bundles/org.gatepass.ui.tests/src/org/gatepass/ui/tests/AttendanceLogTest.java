package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonService;
import org.gatepass.core.person.PersonStatus;
import org.gatepass.ui.log.AttendanceLogParts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** An operator finds a stored movement by typing a name into the attendance log; new ones appear by themselves. */
@ExtendWith(ServiceExtension.class)
class AttendanceLogTest {
    private static RunningWorkbench workbench;

    @InjectService(timeout = 10_000)
    PersonService persons;

    @InjectService(timeout = 10_000)
    GateEventRepository events;

    @BeforeAll
    static void openControlRoom() throws Exception {
        workbench = RunningWorkbench.get();
        WorkbenchTest.switchTo(workbench, WorkbenchTest.CONTROL_ROOM);
        workbench.waitUntil("the attendance log shows", () -> workbench.isShowing("log.table"));
    }

    @Test
    void typingANameFindsTheStoredEventAndNewEventsAppearWithoutRefresh() {
        long unique = System.nanoTime();
        Person grace = persons.create(workbench.actor(), new Person(null, "G-" + unique, "Grace Hopper " + unique, null, "+1 555 0142",
                PersonCategory.EMPLOYEE, PersonStatus.ACTIVE, null));
        Person other = persons.create(workbench.actor(), Person.newPerson("Alan Turing " + unique, PersonCategory.VISITOR));
        events.record(GateEvent.admitted(other.id(), "north-gate", Direction.IN, Instant.now()));
        events.record(GateEvent.admitted(grace.id(), "north-gate", Direction.IN, Instant.now()));

        typeInto("log.search", "hopper " + unique);
        workbench.waitUntil("only Grace's event is listed", () -> status().equals("1 event"));
        // the count and the rows are loaded apart: wait for the page, not only the count
        workbench.waitUntil("her row is loaded", () -> {
            EventLogEntry first = AttendanceLogParts.row(workbench.workbench.getApplication(), 0);
            return first != null && ("Grace Hopper " + unique).equals(first.name());
        });
        EventLogEntry row = workbench.ui(() -> AttendanceLogParts.row(workbench.workbench.getApplication(), 0));
        assertEquals("Grace Hopper " + unique, row.name());
        assertEquals("G-" + unique, row.externalId());
        assertEquals("+1 555 0142", row.mobile());
        assertEquals(Direction.IN, row.direction());
        assertEquals("north-gate", row.cameraId());

        events.record(GateEvent.admitted(grace.id(), "south-gate", Direction.OUT, Instant.now()));
        workbench.waitUntil("her exit appears without pressing Refresh", () -> status().equals("2 events"));
        assertEquals(Direction.OUT, workbench.ui(() -> AttendanceLogParts.row(workbench.workbench.getApplication(), 0)).direction());
    }

    private String status() {
        return workbench.find("log.status", Label.class).getText();
    }

    /** Real key presses, as the operator types them, into the focused field. */
    private void typeInto(String id, String text) {
        workbench.ui(() -> AttendanceLogParts.activate(workbench.workbench.getApplication()));
        workbench.ui(() -> {
            Text field = workbench.find(id, Text.class);
            // Without a window manager (Xvfb) the keyboard follows the pointer: put it on the field.
            Rectangle bounds = field.getBounds();
            field.getDisplay().setCursorLocation(field.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2));
            field.getShell().forceActive();
            field.setFocus();
            field.selectAll();
        });
        workbench.waitUntil("the field has the keyboard focus",
                () -> workbench.display.getFocusControl() == workbench.find(id, Text.class));
        for (char c : text.toCharArray()) {
            post(SWT.KeyDown, c);
            post(SWT.KeyUp, c);
        }
        workbench.waitUntil("the typed text arrives", () -> workbench.find(id, Text.class).getText().equals(text));
    }

    private void post(int type, char c) {
        Event event = new Event();
        event.type = type;
        event.character = c;
        event.keyCode = c;
        workbench.display.post(event);
        workbench.ui(() -> {
            while (workbench.display.readAndDispatch()) {
                // let the key reach the widget before the next one
            }
        });
    }
}
