package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The product's window as an administrator first sees it: title, perspectives, switching between them. */
class WorkbenchTest {
    static final String CONTROL_ROOM = "org.gatepass.perspective.controlroom";
    static final String PERSONS = "org.gatepass.perspective.persons";
    static final String ADMINISTRATION = "org.gatepass.perspective.administration";
    private static RunningWorkbench workbench;

    @BeforeAll
    static void start() throws Exception {
        workbench = RunningWorkbench.get();
    }

    /** Runs Window &gt; Control Room / Administration through the command the menu and tool bar use. */
    static void switchTo(RunningWorkbench workbench, String perspectiveId) {
        workbench.ui(() -> {
            IEclipseContext context = workbench.workbench.getApplication().getContext();
            ParameterizedCommand command = context.get(ECommandService.class).createCommand(
                    "org.gatepass.command.switchperspective", Map.of("org.gatepass.commandparameter.perspective", perspectiveId));
            context.get(EHandlerService.class).executeHandler(command);
        });
    }

    @Test
    void mainWindowIsTitledGatepassAndOffersEveryPerspectiveToAnAdministrator() {
        assertEquals("Gatepass", workbench.ui(() -> workbench.mainShell().orElseThrow().getText()));
        List<String> perspectives = workbench.ui(() -> {
            MApplication app = workbench.workbench.getApplication();
            return app.getContext().get(EModelService.class).findElements(app, null, MPerspective.class).stream()
                    .filter(MPerspective::isToBeRendered).map(MPerspective::getLabel).toList();
        });
        assertEquals(List.of("Control Room", "Persons", "Administration"), perspectives);
    }

    @Test
    void mainWindowOpensMaximised() {
        assertTrue(workbench.startedMaximized, "the main window opened maximised");
    }

    @Test
    void switchingPerspectivesShowsTheirViews() {
        switchTo(workbench, PERSONS);
        workbench.showPart("org.gatepass.part.persons");
        workbench.waitUntil("the Persons view shows", () -> workbench.isShowing("persons.table"));
        assertTrue(workbench.ui(() -> !workbench.isShowing("log.table")));

        switchTo(workbench, ADMINISTRATION);
        workbench.waitUntil("the administration views show", () -> workbench.isShowing("settings.components"));
        assertTrue(workbench.ui(() -> !workbench.isShowing("persons.table")));

        switchTo(workbench, CONTROL_ROOM);
        workbench.showPart("org.gatepass.part.attendancelog");
        workbench.waitUntil("the attendance log shows", () -> workbench.isShowing("log.table"));
        assertTrue(workbench.ui(() -> !workbench.isShowing("persons.table")));
    }
}
