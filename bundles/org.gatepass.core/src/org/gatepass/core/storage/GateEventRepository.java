package org.gatepass.core.storage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.gatepass.core.access.PresenceRule;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.event.EventLogQuery;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.event.PresenceState;

/** Storage of gate events (SPI, implemented by the persistence bundle). */
public interface GateEventRepository {

    /**
     * Stores the event and, when it moved a known person, that person's presence, in one transaction.
     * @return the event with its id
     */
    GateEvent record(GateEvent event);

    /** Like {@link #record(GateEvent)}, storing the camera's picture of it (JPEG) in the same transaction. */
    GateEvent record(GateEvent event, byte[] snapshotJpeg);

    /** The picture stored with an event, if any. */
    Optional<byte[]> snapshot(long eventId);

    /** One stored event. */
    Optional<GateEvent> find(long eventId);

    /**
     * Records a movement of a known person at a camera so that stations sharing the database cannot both act on one
     * walk-through: the person's presence is locked, handed to {@code decide}, and the event it returns (at that
     * camera) is stored with the new presence in the same transaction. A second station waits for the lock and then
     * sees the first one's movement (and its cooldown). The presence is the site's, or, at a camera of a gate that
     * leads into an area, the person's presence in that area: the site's presence does not change then.
     * @return the stored event, or empty when {@code decide} returned empty
     */
    Optional<GateEvent> recordMovement(long personId, String cameraId, Function<PresenceState, Optional<GateEvent>> decide);

    /**
     * Stores an event a station kept in its local journal while the database was down, at most once: when an
     * event with this {@code key} is stored already (a replay interrupted after its commit), that one is answered
     * and nothing is added. A movement sets the person's presence (the site's, or the area's of its camera's gate) only
     * if it is newer than the stored one.
     * @param snapshotJpeg the camera's picture, or null
     * @return the event with its id
     */
    GateEvent recordJournaled(UUID key, GateEvent event, byte[] snapshotJpeg);

    /**
     * Stores the alerts a rule that watches the time raises on {@code day}, each person at most once per rule and day
     * whichever station asks: the rule's row is locked, the active persons of its category not yet alerted for that day
     * are handed to {@code alert} with their presence, and every event it returns is stored with its notifications and
     * the record that the person was alerted, in one transaction. Nothing is stored for a rule that was deleted.
     * @return the stored events
     */
    List<GateEvent> recordRuleAlerts(PresenceRule rule, LocalDate day, Function<PresenceState, Optional<GateEvent>> alert);

    /** Rows of the attendance log for the query's window. */
    List<EventLogEntry> log(EventLogQuery query);

    /** How many log rows match the query's filter (its window is ignored). */
    int count(EventLogQuery query);

    /** The id of the newest event, 0 when there is none: a cheap way to notice new events. */
    long latestId();
}
