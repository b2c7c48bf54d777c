package org.gatepass.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Label;
import org.gatepass.core.DataDirectory;
import org.junit.jupiter.api.Test;

/** The Cameras list tells the operator about the station's event journal. */
class CamerasViewTest {

    @Test
    void damagedJournalEntryIsReportedInTheCamerasView() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        WorkbenchTest.switchTo(workbench, WorkbenchTest.CONTROL_ROOM);
        workbench.showPart("org.gatepass.part.cameralist");
        Path journal = Files.createDirectories(DataDirectory.resolve().resolve("journal"));
        Files.writeString(journal.resolve("00000000000000000001-damaged.event"), "not a journal entry");

        workbench.waitUntil("the Cameras view reports the damaged entry", () -> workbench.find("cameras.journal", Label.class).getText()
                .contains("could not be read back: see journal/unreadable in the data folder"));
    }
}
