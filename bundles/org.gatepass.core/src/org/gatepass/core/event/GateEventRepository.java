package org.gatepass.core.event;

import java.util.List;

/** Storage of gate events (SPI, implemented by the persistence bundle). */
public interface GateEventRepository {

    /**
     * Stores the event and, when it moved a known person, that person's presence, in one transaction.
     * @return the event with its id
     */
    GateEvent record(GateEvent event);

    /** Rows of the attendance log for the query's window. */
    List<EventLogEntry> log(EventLogQuery query);

    /** How many log rows match the query's filter (its window is ignored). */
    int count(EventLogQuery query);

    /** The id of the newest event, 0 when there is none: a cheap way to notice new events. */
    long latestId();
}
