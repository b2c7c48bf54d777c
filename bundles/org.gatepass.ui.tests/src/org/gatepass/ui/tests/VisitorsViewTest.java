package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gatepass.core.DataDirectory;
import org.gatepass.core.pass.PassListing;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonStatus;
import org.gatepass.ui.visitors.VisitorsParts;
import org.junit.jupiter.api.Test;

/** The reception issues a visitor's pass (its badge written as a PDF), sees it listed, and revokes it with a reason. */
class VisitorsViewTest {

    @Test
    void aPassIsIssuedWithItsBadgeListedAndRevoked() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.get();
        WorkbenchTest.switchTo(workbench, WorkbenchTest.PERSONS);
        workbench.showPart("org.gatepass.part.visitors");
        workbench.waitUntil("the Visitors view shows", () -> workbench.isShowing("visitors.table"));
        var application = workbench.workbench.getApplication();
        Instant now = Instant.now();
        Person visitor = new Person(null, null, "Priya Plumber", "priya@example.org", null, PersonCategory.VISITOR, PersonStatus.ACTIVE,
                "facilities@example.org");

        workbench.ui(() -> VisitorsParts.issue(application, visitor, "Boiler service", now.minusSeconds(60), now.plusSeconds(6 * 3600),
                List.of("main-entrance"), true));
        workbench.waitUntil("the pass is listed", () -> find(workbench, "Priya Plumber").isPresent());
        PassListing pass = find(workbench, "Priya Plumber").orElseThrow();
        Path badge = DataDirectory.resolve().resolve("passes").resolve("pass-" + pass.pass().id() + ".pdf");
        workbench.waitUntil("the badge is written", () -> Files.isRegularFile(badge)
                && workbench.text("visitors.message").startsWith("Badge of Priya Plumber"));
        assertTrue(Files.size(badge) > 1000);
        Thread.sleep(300);
        workbench.screenshot(workbench.ui(() -> workbench.mainShell().orElseThrow()), Path.of("target", "visitors.png"));

        // e-mail is not set up at this station: the reception is told to print the badge instead
        workbench.ui(() -> VisitorsParts.email(application, pass));
        workbench.waitUntil("sending is answered", () -> workbench.text("visitors.message").contains("not e-mailed, no e-mail notifier is set up"));

        workbench.ui(() -> VisitorsParts.revoke(application, pass, "visit cancelled by the host"));
        workbench.waitUntil("the pass is revoked", () -> find(workbench, "Priya Plumber").map(l -> l.pass().revokedAt() != null).orElse(false));
        assertTrue(workbench.text("visitors.message").contains("is revoked"), workbench.text("visitors.message"));
        workbench.ui(() -> VisitorsParts.email(application, find(workbench, "Priya Plumber").orElseThrow()));
        workbench.waitUntil("a revoked pass is not sent", () -> workbench.text("visitors.message").equals("Not sent: Pass " + pass.pass().id()
                + " is revoked: it is not sent."));
    }

    private static Optional<PassListing> find(RunningWorkbench workbench, String name) {
        return workbench.ui(() -> VisitorsParts.shown(workbench.workbench.getApplication()).stream()
                .filter(l -> l.visitorName().equals(name)).findFirst());
    }
}
