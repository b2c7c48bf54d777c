package org.gatepass.ui.tests;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.junit.jupiter.api.Test;

/** Window &gt; Dark theme turns the views dark at once; Light theme brings them back. */
class ThemeTest {

    @Test
    void theDarkThemeDarkensTheViewsAndTheLightOneRestoresThem() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        WorkbenchTest.switchTo(workbench, WorkbenchTest.CONTROL_ROOM);
        workbench.showPart("org.gatepass.part.attendancelog");
        workbench.waitUntil("the log shows", () -> workbench.isShowing("log.search"));
        try {
            theme(workbench, "org.gatepass.theme.dark");
            workbench.waitUntil("the log's labels are dark", () -> brightness(workbench.find("log.status", Control.class).getBackground().getRGB()) < 60);
            workbench.screenshot(workbench.ui(() -> workbench.mainShell().orElseThrow()), Path.of("target", "dark-theme.png"));
        } finally {
            theme(workbench, "org.gatepass.theme.light");
        }
        workbench.waitUntil("the log's labels are light again", () -> brightness(workbench.find("log.status", Control.class).getBackground().getRGB()) > 180);
        WorkbenchTest.switchTo(workbench, WorkbenchTest.PERSONS);
        workbench.showPart("org.gatepass.part.persons");
        workbench.waitUntil("the Persons view shows", () -> workbench.isShowing("persons.table"));
        workbench.waitUntil("the Persons view is light too, without a restart", () -> brightness(workbench.find("persons.table", Control.class)
                .getBackground().getRGB()) > 180 && brightness(workbench.find("persons.search", Control.class).getBackground().getRGB()) > 180
                && brightness(workbench.find("persons.message", Control.class).getForeground().getRGB()) < 120);
    }

    private static void theme(RunningWorkbench workbench, String themeId) {
        workbench.ui(() -> {
            IEclipseContext context = workbench.workbench.getApplication().getContext();
            ParameterizedCommand command = context.get(ECommandService.class).createCommand("org.gatepass.command.theme",
                    Map.of("org.gatepass.commandparameter.theme", themeId));
            context.get(EHandlerService.class).executeHandler(command);
        });
    }

    private static int brightness(RGB rgb) {
        return (rgb.red + rgb.green + rgb.blue) / 3;
    }
}
