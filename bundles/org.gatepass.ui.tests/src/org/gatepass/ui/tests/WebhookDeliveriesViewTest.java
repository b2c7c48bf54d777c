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
 * The webhook feature's own view, contributed by its model fragment to Administration: a webhook endpoint's
 * refused delivery is listed with the reason, and sent again on request. The endpoint is a notifier registered by
 * the test under a webhook's name.
 */
@ExtendWith(ServiceExtension.class)
class WebhookDeliveriesViewTest {
    @InjectService(timeout = 10_000)
    GateEventRepository events;
    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurations;

    @Test
    void theFeaturesOwnViewListsARefusedDeliveryAndSendsItAgain() throws Exception {
        Configuration relay = configurations.getConfiguration("org.gatepass.notify.relay", "?");
        relay.update(Dictionaries.<String, Object> dictionaryOf("pollIntervalSeconds", 1)); // the view refreshes every 5 s
        RefusedOnceNotifier notifier = new RefusedOnceNotifier("webhook.ui-test-" + System.nanoTime(), "https://desk.school.example/hook", "HTTP 410 Gone");
        try {
            GateEvent alert = events.record(new GateEvent(null, null, notifier.name, null, Decision.UNKNOWN_FACE, 0.1, Instant.now()));
            RunningWorkbench workbench = RunningWorkbench.get();
            WorkbenchTest.switchTo(workbench, WorkbenchTest.ADMINISTRATION);
            workbench.showPart("org.gatepass.part.webhookdeliveries");
            String endpoint = notifier.name.substring("webhook.".length());

            workbench.waitUntil("the refused delivery is listed with its reason", () -> {
                press(workbench, "webhooks.refresh");
                TableItem row = rowOf(workbench, endpoint);
                return row != null && row.getText(3).equals("failed") && row.getText(5).equals("HTTP 410 Gone")
                        && row.getText(2).equals(Long.toString(alert.id()));
            });
            workbench.screenshot(workbench.ui(() -> workbench.mainShell().orElseThrow()), java.nio.file.Path.of("target", "webhook-deliveries.png"));

            press(workbench, "webhooks.resend");
            workbench.waitUntil("the resend is confirmed", () -> workbench.find("webhooks.message", Label.class).getText().endsWith("being sent again."));
            workbench.waitUntil("it is delivered this time", () -> {
                press(workbench, "webhooks.refresh");
                TableItem row = rowOf(workbench, endpoint);
                return row != null && row.getText(3).equals("delivered");
            });
        } finally {
            notifier.close();
            relay.delete();
        }
    }

    private static void press(RunningWorkbench workbench, String id) {
        workbench.ui(() -> workbench.find(id, Button.class).notifyListeners(SWT.Selection, new Event()));
    }

    private static TableItem rowOf(RunningWorkbench workbench, String endpoint) {
        for (TableItem item : workbench.find("webhooks.table", Table.class).getItems()) {
            if (item.getText(1).equals(endpoint)) {
                return item;
            }
        }
        return null;
    }
}
