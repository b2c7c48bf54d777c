package org.gatepass.gate.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.gatepass.core.event.Decision;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.event.EventLogQuery;
import org.gatepass.core.event.EventLogSort;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.persistence.testing.StationStorage;
import org.gatepass.persistence.testing.TestSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event journal against a real (embedded) database: order, exactly once, damaged entries kept aside. */
class EventJournalTest {
    @TempDir
    Path temp;

    @Test
    void replaysInOrderExactlyOnceEvenAfterACrashBetweenCommitAndRemoval() throws Exception {
        try (StationStorage storage = StationStorage.open(TestSchemas.h2Url(temp.resolve("db")), "")) {
            Person ann = storage.persons().insert(Person.newPerson("Ann Example", PersonCategory.EMPLOYEE));
            EventJournal journal = new EventJournal(temp.resolve("journal"));
            List<GateEvent> announced = new ArrayList<>();
            EventRecorder recorder = new EventRecorder(storage.events(), journal, announced::add);
            Instant t = Instant.parse("2025-03-01T08:00:00.123Z");
            byte[] picture = { (byte) 0xFF, (byte) 0xD8, 1, 2, 3, (byte) 0xFF, (byte) 0xD9 };
            journal.append(new EventJournal.Entry(UUID.randomUUID(), GateEvent.admitted(ann.id(), "lane-1", Direction.IN, t), null));
            journal.append(new EventJournal.Entry(UUID.randomUUID(),
                    new GateEvent(null, null, "lane-1", null, Decision.UNKNOWN_FACE, 0.12, t.plusSeconds(5)), picture));
            journal.append(new EventJournal.Entry(UUID.randomUUID(), GateEvent.admitted(ann.id(), "lane-1", Direction.OUT, t.plusSeconds(90)), null));
            assertEquals(3, recorder.waiting());
            Path first = journal.waiting().getFirst();
            Path copy = Files.copy(first, temp.resolve("copy-of-first"));

            recorder.replay();
            assertEquals(0, recorder.waiting());
            Files.copy(copy, first, StandardCopyOption.REPLACE_EXISTING); // as if the station died after the commit, before the removal
            recorder.replay();

            assertEquals(0, recorder.waiting());
            List<EventLogEntry> log = storage.events().log(new EventLogQuery("", EventLogSort.TIME, true, 0, 100));
            assertEquals(List.of(Decision.ADMITTED, Decision.UNKNOWN_FACE, Decision.ADMITTED), log.stream().map(EventLogEntry::decision).toList(),
                    "each journaled event stored once, in order: " + log);
            assertEquals(List.of(t, t.plusSeconds(5), t.plusSeconds(90)), log.stream().map(EventLogEntry::occurredAt).toList());
            assertArrayEquals(picture, storage.events().snapshot(log.get(1).eventId()).orElseThrow());
            assertEquals(4, announced.size(), "stored events are announced (the re-found one again, with its first id)");
            assertEquals(log.get(0).eventId(), announced.get(3).id());
            // the presence follows the newest movement; the replayed older one does not set it back
            var presence = new ArrayList<Direction>();
            storage.events().recordMovement(ann.id(), "gate-1", p -> {
                presence.add(p.direction());
                return java.util.Optional.empty();
            });
            assertEquals(List.of(Direction.OUT), presence);
        }
    }

    @Test
    void aDamagedEntryIsKeptAsideAndReportedWhileTheOthersAreStored() throws Exception {
        try (StationStorage storage = StationStorage.open(TestSchemas.h2Url(temp.resolve("db")), "")) {
            EventJournal journal = new EventJournal(temp.resolve("journal"));
            EventRecorder recorder = new EventRecorder(storage.events(), journal, e -> { });
            Instant t = Instant.parse("2025-03-01T09:00:00Z");
            journal.append(new EventJournal.Entry(UUID.randomUUID(), new GateEvent(null, null, "lane-2", null, Decision.UNKNOWN_FACE, 0.1, t), null));
            journal.append(new EventJournal.Entry(UUID.randomUUID(),
                    new GateEvent(null, null, "lane-2", null, Decision.UNKNOWN_FACE, 0.2, t.plusSeconds(1)), new byte[2000]));
            journal.append(new EventJournal.Entry(UUID.randomUUID(),
                    new GateEvent(null, null, "lane-2", null, Decision.UNKNOWN_FACE, 0.3, t.plusSeconds(2)), null));
            List<Path> files = journal.waiting();
            byte[] bytes = Files.readAllBytes(files.get(1));
            Files.write(files.get(1), Arrays.copyOf(bytes, bytes.length / 2)); // cut short, as by a failing disk
            Files.writeString(files.get(2), "not a journal entry");

            recorder.replay();

            assertEquals(0, recorder.waiting(), "nothing is retried for ever");
            assertEquals(2, recorder.setAside());
            Path aside = temp.resolve("journal").resolve(EventJournal.SET_ASIDE);
            assertTrue(Files.exists(aside.resolve(files.get(1).getFileName())), "the damaged entry is kept, not dropped");
            assertEquals(bytes.length / 2, Files.size(aside.resolve(files.get(1).getFileName())));
            List<EventLogEntry> log = storage.events().log(new EventLogQuery("", EventLogSort.TIME, true, 0, 100));
            assertEquals(List.of(t), log.stream().map(EventLogEntry::occurredAt).toList(), "the readable entry is stored: " + log);
        }
    }
}
