package org.gatepass.core.event;

import java.util.List;
import java.util.Optional;

import org.gatepass.core.security.Actor;

/** The event log as operators read it (VIEW_LOG). */
public interface EventLogService {

    /** Rows of the log for the query's window. */
    List<EventLogEntry> log(Actor actor, EventLogQuery query);

    /** How many rows match the query's filter (its window is ignored). */
    int count(Actor actor, EventLogQuery query);

    /** The id of the newest event, 0 when there is none: a cheap way to notice new events. */
    long latestId(Actor actor);

    /** The camera's picture stored with an event, if any. */
    Optional<byte[]> snapshot(Actor actor, long eventId);
}
