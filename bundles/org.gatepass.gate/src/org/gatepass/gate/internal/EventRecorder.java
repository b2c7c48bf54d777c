package org.gatepass.gate.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.gatepass.core.StorageException;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.core.event.PresenceState;

/**
 * Stores the gate's events, and keeps them in the {@link EventJournal} while the database cannot take them:
 * nothing a camera decides is lost, and recognition never waits for the database to come back. While entries
 * wait, new events join them, so they reach the database in the order they happened, and movements are decided
 * on the presence this station last knew (it remembers every movement it stored or journaled). {@link #replay()}
 * stores waiting entries once the database answers, each exactly once.
 */
final class EventRecorder {
    private static final Logger LOG = Logger.getLogger(EventRecorder.class.getName());

    private final GateEventRepository events;
    private final EventJournal journal;
    private final Consumer<GateEvent> announce;
    /** The presence this station last knew per person and area ("" is the site). */
    private final Map<Where, PresenceState> presences = new ConcurrentHashMap<>();
    /** True while events go to the journal: logs the change once each way. */
    private final AtomicBoolean journaling = new AtomicBoolean();

    EventRecorder(GateEventRepository events, EventJournal journal, Consumer<GateEvent> announce) {
        this.events = events;
        this.journal = journal;
        this.announce = announce;
    }

    /**
     * Records a movement of a known person at a camera of {@code area} ("" for the site): under the database's lock on
     * their presence when it answers (see {@link GateEventRepository#recordMovement}), else decided on the presence
     * this station last knew and journaled. Returns the movement stored or journaled; empty when the decision was not
     * to move.
     */
    Optional<GateEvent> recordMovement(long personId, String cameraId, String area, Function<PresenceState, Optional<GateEvent>> decide) {
        Where where = new Where(personId, area);
        if (journal.waiting().isEmpty()) {
            try {
                PresenceState[] seen = new PresenceState[1];
                Optional<GateEvent> stored = events.recordMovement(personId, cameraId, presence -> {
                    seen[0] = presence;
                    return decide.apply(presence);
                });
                if (seen[0] != null) {
                    presences.put(where, seen[0]);
                }
                stored.ifPresent(event -> remember(event, area));
                stored.ifPresent(announce);
                reachable();
                return stored;
            } catch (StorageException e) {
                unreachable(e);
            }
        }
        Optional<GateEvent> decided = decide.apply(presences.getOrDefault(where, PresenceState.neverSeen(personId)));
        decided.ifPresent(event -> {
            journal(event, null);
            remember(event, area);
        });
        return decided;
    }

    /** A person in an area ("" is the site). */
    private record Where(long personId, String area) {
    }

    /**
     * Records an alert with the camera's picture; {@code stored} is told the stored event before it is announced (not
     * when the alert waits in the journal).
     */
    void recordAlert(GateEvent event, byte[] snapshotJpeg, Consumer<GateEvent> stored) {
        if (journal.waiting().isEmpty()) {
            try {
                GateEvent recorded = events.record(event, snapshotJpeg);
                stored.accept(recorded);
                announce.accept(recorded);
                reachable();
                return;
            } catch (StorageException e) {
                unreachable(e);
            }
        }
        journal(event, snapshotJpeg);
    }

    /** How many events wait for the database. */
    int waiting() {
        return journal.waiting().size();
    }

    /** Journal entries that could not be read and were set aside. */
    long setAside() {
        return journal.setAsideCount();
    }

    /**
     * Stores the waiting entries in order, until the database fails; an entry already stored (a replay interrupted
     * between commit and removal) is not stored twice. An unreadable entry is set aside, never dropped.
     */
    void replay() {
        for (Path file : journal.waiting()) {
            EventJournal.Entry entry;
            try {
                entry = journal.read(file);
            } catch (EventJournal.UnreadableEntryException e) {
                setAside(file, e);
                continue;
            }
            GateEvent stored;
            try {
                stored = events.recordJournaled(entry.key(), entry.event(), entry.snapshotJpeg());
            } catch (StorageException e) {
                LOG.fine(() -> "The database is still unavailable; " + waiting() + " events wait: " + e.getMessage());
                return;
            }
            try {
                journal.remove(file);
            } catch (IOException e) {
                // stored; the next replay finds it stored and only removes it
                LOG.log(Level.WARNING, "Cannot remove the stored journal entry " + file, e);
                return;
            }
            LOG.info(() -> "Stored event " + stored.id() + " from the journal (" + entry.key() + ")");
            announce.accept(stored);
        }
        if (journal.waiting().isEmpty() && journaling.compareAndSet(true, false)) {
            LOG.info("The database is back: all journaled events are stored");
        }
    }

    private void journal(GateEvent event, byte[] snapshotJpeg) {
        try {
            journal.append(new EventJournal.Entry(UUID.randomUUID(), event, snapshotJpeg));
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "LOST: the database is unavailable and the journal " + journal.folder()
                    + " cannot be written; event " + event, e);
        }
    }

    private void remember(GateEvent event, String area) {
        presences.put(new Where(event.personId(), area), new PresenceState(event.personId(), event.direction(), event.occurredAt()));
    }

    private void reachable() {
        journaling.compareAndSet(true, false);
    }

    private void unreachable(StorageException e) {
        if (journaling.compareAndSet(false, true)) {
            LOG.warning(() -> "Events go to the journal " + journal.folder() + " until the database answers: " + e.getMessage());
        }
    }

    private void setAside(Path file, EventJournal.UnreadableEntryException problem) {
        try {
            Path aside = journal.setAside(file);
            LOG.log(Level.SEVERE, "A journal entry cannot be read and is kept aside as " + aside + " for a person to look at: "
                    + problem.getMessage(), problem);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "A journal entry cannot be read (" + problem.getMessage() + ") nor moved aside: " + e.getMessage(), e);
        }
    }
}
