package org.gatepass.core.notify;

import java.util.List;

/**
 * Decides who hears about an event, on behalf of the registered notifiers. The repository that stores gate
 * events calls it inside the storing transaction and writes one outbox row per result; while no planner is
 * registered, events are stored without notifications. It must return quickly and must not throw: a slow
 * or failing notifier loses its notifications, never the event.
 */
public interface NotificationPlanner {

    List<PlannedNotification> plan(NotificationSubject subject);
}
