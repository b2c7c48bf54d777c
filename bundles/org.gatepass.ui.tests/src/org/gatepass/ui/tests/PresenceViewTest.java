package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.gatepass.core.access.AccessService;
import org.gatepass.core.access.AntiPassback;
import org.gatepass.core.access.Gate;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonService;
import org.gatepass.core.presence.PresenceBoard;
import org.gatepass.core.presence.PresenceEntry;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.gate.GateProperties;
import org.gatepass.ui.presence.PresenceParts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The Presence view: an entry appears as the gate announces it, a person is marked out with a reason, the muster list is
 * written; a lab's board shows who came in by its door.
 */
@ExtendWith(ServiceExtension.class)
class PresenceViewTest {
    @InjectService(timeout = 10_000)
    PersonService persons;
    @InjectService(timeout = 10_000)
    GateEventRepository events;
    @InjectService(timeout = 10_000)
    EventAdmin eventAdmin;
    @InjectService(timeout = 10_000)
    AccessService access;

    @Test
    void anEntryShowsAsAnnouncedAPersonIsMarkedOutAndTheMusterListIsWritten() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        WorkbenchTest.switchTo(workbench, WorkbenchTest.CONTROL_ROOM);
        workbench.showPart("org.gatepass.part.presence");
        Person ada = persons.create(workbench.actor(), Person.newPerson("Ada Presence " + System.nanoTime(), PersonCategory.STUDENT));
        Person bob = persons.create(workbench.actor(), Person.newPerson("Bob Presence " + System.nanoTime(), PersonCategory.EMPLOYEE));
        enter(ada, "main-gate");
        enter(bob, "side-gate");

        workbench.waitUntil("both appear on the board", () -> inside(workbench, ada) && inside(workbench, bob));
        String counts = workbench.text("presence.counts");
        assertTrue(counts.matches("\\d+ persons inside — .*Student \\d+.* — by gate: .*main-gate \\d+.*side-gate \\d+.*"), counts);

        PresenceEntry bobInside = workbench.ui(() -> entry(PresenceParts.shown(workbench.workbench.getApplication()), bob));
        workbench.ui(() -> PresenceParts.markOut(workbench.workbench.getApplication(), bobInside, "left with the school trip"));
        workbench.waitUntil("Bob is marked out", () -> workbench.text("presence.message").equals(bob.name() + " is marked out: left with the school trip")
                && !inside(workbench, bob));

        workbench.press("presence.muster");
        workbench.waitUntil("the muster list is written", () -> workbench.text("presence.message").startsWith("Muster list of "));
        Matcher written = Pattern.compile("Muster list of (\\d+) persons?: (\\S+\\.pdf) and (\\S+\\.csv)").matcher(workbench.text("presence.message"));
        assertTrue(written.matches(), workbench.text("presence.message"));
        String csv = Files.readString(Path.of(written.group(3)));
        assertTrue(csv.contains(ada.name() + ",,Student,main-gate,"), csv);
        assertTrue(!csv.contains(bob.name()), "a person marked out is not on the muster list");
        assertEquals(Integer.parseInt(written.group(1)) + 1, csv.lines().count(), "a line per person under the head");
        assertEquals("%PDF", new String(Files.readAllBytes(Path.of(written.group(2))), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        workbench.screenshot(workbench.ui(() -> workbench.mainShell().orElseThrow()), Path.of("target", "presence.png"));
    }

    @Test
    void theBoardOfALabShowsWhoCameInByItsDoorOnly() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        WorkbenchTest.switchTo(workbench, WorkbenchTest.CONTROL_ROOM);
        workbench.showPart("org.gatepass.part.presence");
        String lab = "Presence lab " + System.nanoTime() % 100_000;
        Gate door = access.saveGate(workbench.actor(), new Gate(null, lab + " door", Set.of(lab + "-in"), false, "", 0, AntiPassback.OFF, lab));
        try {
            Person cy = persons.create(workbench.actor(), Person.newPerson("Cy Lab " + System.nanoTime(), PersonCategory.EMPLOYEE));
            Person dee = persons.create(workbench.actor(), Person.newPerson("Dee Site " + System.nanoTime(), PersonCategory.EMPLOYEE));
            enter(cy, lab + "-in");
            enter(dee, "main-gate");
            workbench.waitUntil("the lab is offered", () -> List.of(workbench.ui(() -> workbench.find("presence.area", Combo.class).getItems())).contains(lab));
            chooseArea(workbench, lab);
            workbench.waitUntil("the lab's board shows Cy alone", () -> {
                PresenceBoard board = PresenceParts.shown(workbench.workbench.getApplication());
                return board != null && board.inside().stream().map(PresenceEntry::personId).toList().equals(List.of(cy.id()));
            });
            assertFalse(workbench.ui(() -> workbench.isShowing("presence.markout")), "marking out by hand is for the site");
            chooseArea(workbench, "Whole site");
            workbench.waitUntil("the site's board shows Dee, not Cy", () -> inside(workbench, dee) && !inside(workbench, cy));
        } finally {
            access.deleteGate(workbench.actor(), door.id());
        }
    }

    private static void chooseArea(RunningWorkbench workbench, String area) {
        workbench.ui(() -> {
            Combo areas = workbench.find("presence.area", Combo.class);
            areas.select(List.of(areas.getItems()).indexOf(area));
            areas.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
    }

    private void enter(Person person, String gate) {
        GateEvent in = events.recordMovement(person.id(), gate, state -> Optional.of(GateEvent.admitted(person.id(), gate, Direction.IN, Instant.now())))
                .orElseThrow();
        eventAdmin.postEvent(new Event(GateProperties.EVENT_TOPIC, Map.of("event.id", in.id(), "camera.id", gate, "decision", in.decision().name())));
    }

    private static boolean inside(RunningWorkbench workbench, Person person) {
        PresenceBoard board = PresenceParts.shown(workbench.workbench.getApplication());
        return board != null && entry(board, person) != null;
    }

    private static PresenceEntry entry(PresenceBoard board, Person person) {
        return board.inside().stream().filter(e -> e.personId() == person.id()).findFirst().orElse(null);
    }
}
