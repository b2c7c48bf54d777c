package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.TabFolder;
import org.gatepass.core.access.AccessLevel;
import org.gatepass.core.access.AccessService;
import org.gatepass.core.access.AccessSetup;
import org.gatepass.core.access.AntiPassback;
import org.gatepass.core.access.Gate;
import org.gatepass.core.access.Holiday;
import org.gatepass.core.access.PresenceRule.Kind;
import org.gatepass.core.access.PresenceRule;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonService;
import org.gatepass.core.person.PersonStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Administration › Access rules as an administrator sets up a lab: a gate, a level with its week and holders, a holiday,
 * a curfew.
 */
@ExtendWith(ServiceExtension.class)
class AccessViewTest {
    @InjectService(timeout = 10_000)
    AccessService access;
    @InjectService(timeout = 10_000)
    PersonService persons;

    @Test
    void aLabIsSetUpWithItsGateLevelHoldersAndHoliday() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        WorkbenchTest.switchTo(workbench, WorkbenchTest.ADMINISTRATION);
        workbench.showPart("org.gatepass.part.access");
        workbench.waitUntil("the Access rules view shows", () -> workbench.isShowing("access.gates"));
        String lab = "Lab " + System.nanoTime() % 100_000;
        String staffId = "AC" + System.nanoTime() % 100_000;
        Person staff = persons.create(workbench.actor(), new Person(null, staffId, "Access Staff " + staffId, null, null, PersonCategory.EMPLOYEE,
                PersonStatus.ACTIVE, null));

        workbench.fill("access.gate.name", lab);
        workbench.fill("access.gate.cameras", lab.replace(' ', '-') + "-cam, " + lab.replace(' ', '-') + "-out");
        workbench.ui(() -> workbench.find("access.gate.restricted", Button.class).setSelection(true));
        workbench.fill("access.gate.door", "door-" + lab.replace(' ', '-'));
        workbench.ui(() -> workbench.find("access.gate.passback", Combo.class).select(AntiPassback.HARD.ordinal()));
        workbench.fill("access.gate.area", lab);
        workbench.press("access.gate.save");
        workbench.waitUntil("the gate is saved", () -> workbench.text("access.message").equals("Gate " + lab + " saved."));
        Gate gate = setup(workbench).gates().stream().filter(g -> g.name().equals(lab)).findFirst().orElseThrow();
        assertEquals(new Gate(gate.id(), lab, Set.of(lab.replace(' ', '-') + "-cam", lab.replace(' ', '-') + "-out"), true, "door-" + lab.replace(' ', '-'), 5, AntiPassback.HARD, lab),
                gate);

        tab(workbench, 1);
        workbench.waitUntil("the level form offers the gate", () -> workbench.isShowing("access.level.gate." + lab));
        workbench.press("access.level.new");
        workbench.fill("access.level.name", lab + " staff");
        workbench.ui(() -> workbench.find("access.level.gate." + lab, Button.class).setSelection(true));
        workbench.fill("access.level.monday", "07:00-20:00");
        workbench.fill("access.level.tuesday", "7 to 8");
        workbench.press("access.level.save");
        workbench.waitUntil("a wrong window is named", () -> workbench.text("access.message").startsWith("Tuesday: write a window as 07:00-20:00"));
        workbench.fill("access.level.tuesday", "07:00-12:00, 22:00-24:00");
        workbench.ui(() -> workbench.find("access.level.category.student", Button.class).setSelection(true));
        workbench.fill("access.level.holders", staffId + ", NOBODY-" + staffId);
        workbench.press("access.level.save");
        workbench.waitUntil("an unknown holder is refused", () -> workbench.text("access.message").equals("Nobody has the ID NOBODY-" + staffId + "."));
        workbench.fill("access.level.holders", staffId);
        workbench.press("access.level.save");
        workbench.waitUntil("the level is saved", () -> workbench.text("access.message").equals("Access level " + lab + " staff saved."));
        AccessSetup setup = setup(workbench);
        AccessLevel level = setup.levels().stream().filter(l -> l.name().equals(lab + " staff")).findFirst().orElseThrow();
        assertEquals(Set.of(gate.id()), level.gateIds());
        assertEquals("Mon 07:00–20:00; Tue 07:00–12:00, 22:00–24:00", level.schedule().describe());
        assertTrue(setup.categoryLevels().get(PersonCategory.STUDENT).contains(level.id()));
        assertEquals(List.of(staff.id()), access.holders(workbench.actor(), level.id()).stream().map(Person::id).toList());

        tab(workbench, 2);
        LocalDate holiday = LocalDate.of(2040, 1, 1).plusDays(System.nanoTime() % 300);
        workbench.fill("access.holiday.day", holiday.toString());
        workbench.fill("access.holiday.name", "Founders' day");
        workbench.press("access.holiday.save");
        workbench.waitUntil("the holiday is saved", () -> workbench.text("access.message").equals("Holiday " + holiday + " saved."));
        assertTrue(setup(workbench).holidays().contains(new Holiday(holiday, "Founders' day")));

        tab(workbench, 3);
        String curfew = lab + " curfew";
        workbench.fill("access.rule.name", curfew);
        workbench.ui(() -> workbench.find("access.rule.kind", Combo.class).select(Kind.STILL_OUT.ordinal()));
        workbench.fill("access.rule.time", "ten at night");
        workbench.press("access.rule.save");
        workbench.waitUntil("a wrong time is named", () -> workbench.text("access.message").equals("The time is written as HH:mm, for example 22:00."));
        workbench.fill("access.rule.time", "22:00");
        workbench.ui(() -> {
            workbench.find("access.rule.day.6", Button.class).setSelection(false);
            workbench.find("access.rule.day.7", Button.class).setSelection(false);
        });
        workbench.press("access.rule.save");
        workbench.waitUntil("the rule is saved", () -> workbench.text("access.message").startsWith("Rule " + curfew + " saved"));
        PresenceRule rule = setup(workbench).presenceRules().stream().filter(r -> r.name().equals(curfew)).findFirst().orElseThrow();
        assertEquals(new PresenceRule(rule.id(), curfew, PersonCategory.STUDENT, Kind.STILL_OUT, LocalTime.of(22, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)), rule);
        workbench.press("access.rule.save");
        workbench.waitUntil("a second rule of that name is refused", () -> workbench.text("access.message").equals("There is a rule called " + curfew + " already."));
        Thread.sleep(300);
        workbench.screenshot(workbench.ui(() -> workbench.mainShell().orElseThrow()), Path.of("target", "access-rules.png"));
        access.deletePresenceRule(workbench.actor(), rule.id()); // the other tests' students are not to be alerted tonight
        tab(workbench, 1);
        Thread.sleep(300);
        workbench.screenshot(workbench.ui(() -> workbench.mainShell().orElseThrow()), Path.of("target", "access.png"));
        tab(workbench, 0);
    }

    /** Brings a tab of the view to the front, as a click on it does. */
    private static void tab(RunningWorkbench workbench, int index) {
        workbench.ui(() -> workbench.find("access.tabs", TabFolder.class).setSelection(index));
    }

    private AccessSetup setup(RunningWorkbench workbench) {
        return access.setup(workbench.actor());
    }
}
