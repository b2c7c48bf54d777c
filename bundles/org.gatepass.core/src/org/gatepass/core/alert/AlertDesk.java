package org.gatepass.core.alert;

import java.time.Instant;
import java.util.List;

import org.gatepass.core.security.Actor;

/**
 * The alerts desk (ACKNOWLEDGE_ALERTS): alerts with their state, and acknowledging or resolving them with a comment,
 * recorded with the operator and audited. Acknowledging a resolved alert changes nothing.
 */
public interface AlertDesk {

    /** Alerts since {@code since}, newest first, at most {@code limit}; resolved ones only when asked for. */
    List<AlertEntry> alerts(Actor actor, Instant since, boolean withResolved, int limit);

    /** Marks the alerts seen and being dealt with; the comment may be empty. Returns how many changed. */
    int acknowledge(Actor actor, List<Long> eventIds, String comment);

    /**
     * Marks the alerts dealt with, saying how.
     * @throws IllegalArgumentException when the comment is blank
     */
    int resolve(Actor actor, List<Long> eventIds, String comment);
}
