package org.gatepass.ui.tests;

import java.time.Instant;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.storage.GateEventRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.dictionary.Dictionaries;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The Notifications view shows a notification the desk's notifier gave up on, with the reason, and sends it
 * again on request. The notifier is a plug-in registered by the test: the boundary a site's own plug-in sits at.
 */
@ExtendWith(ServiceExtension.class)
class NotificationsViewTest {
    @InjectService(timeout = 10_000)
    GateEventRepository events;
    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurations;

    @Test
    void aGivenUpNotificationIsShownWithItsReasonAndSentAgainOnRequest() throws Exception {
        Configuration relay = configurations.getConfiguration("org.gatepass.notify.relay", "?");
        relay.update(Dictionaries.<String, Object> dictionaryOf("pollIntervalSeconds", 1)); // the view refreshes every 5 s
        RefusedOnceNotifier notifier = new RefusedOnceNotifier("ui-test-" + System.nanoTime(), "desk@school.example", "550 mailbox desk@school.example unavailable");
        try {
            GateEvent alert = events.record(new GateEvent(null, null, notifier.name, null, Decision.UNKNOWN_FACE, 0.1, Instant.now()));
            RunningWorkbench workbench = RunningWorkbench.get();
            WorkbenchTest.switchTo(workbench, WorkbenchTest.ADMINISTRATION);
            workbench.showPart("org.gatepass.part.notifications");

            workbench.waitUntil("the given-up notification is listed with its reason", () -> {
                TableItem row = rowOf(workbench, notifier.name);
                return row != null && row.getText(4).equals("failed") && row.getText(7).contains("550 mailbox desk@school.example unavailable")
                        && row.getText(1).equals("event " + alert.id());
            });
            workbench.waitUntil("the counts show a failed notification", () -> !workbench.find("notifications.counts", Label.class).getText()
                    .contains("Failed 0"));

            press(workbench, "notifications.retryFailed");
            workbench.waitUntil("the retry is confirmed", () -> workbench.find("notifications.message", Label.class).getText()
                    .endsWith("being sent again."));
            workbench.waitUntil("it is delivered this time", () -> {
                TableItem row = rowOf(workbench, notifier.name);
                return row != null && row.getText(4).equals("delivered");
            });
        } finally {
            notifier.close();
            relay.delete();
        }
    }

    private static void press(RunningWorkbench workbench, String id) {
        workbench.ui(() -> workbench.find(id, Button.class).notifyListeners(SWT.Selection, new Event()));
    }

    private static TableItem rowOf(RunningWorkbench workbench, String notifier) {
        for (TableItem item : workbench.find("notifications.table", Table.class).getItems()) {
            if (item.getText(2).equals(notifier)) {
                return item;
            }
        }
        return null;
    }
}
