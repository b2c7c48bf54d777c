package org.gatepass.core.notify;

import java.util.List;
import java.util.Map;

import org.gatepass.core.security.Actor;

/** The notification outbox as an administrator sees it (VIEW_NOTIFICATIONS, RESEND_NOTIFICATIONS). */
public interface NotificationService {

    /** How many rows are in each status (statuses without rows are absent). */
    Map<OutboxStatus, Integer> counts(Actor actor);

    /** The newest rows, newest first, at most {@code limit}. */
    List<OutboxEntry> recent(Actor actor, int limit);

    /** Every failed row made pending again, due now; audited. Returns how many. */
    int resendFailed(Actor actor);
}
