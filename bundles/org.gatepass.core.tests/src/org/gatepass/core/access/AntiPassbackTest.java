package org.gatepass.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.gatepass.core.event.Direction;
import org.gatepass.core.event.PresenceState;
import org.junit.jupiter.api.Test;

/** Which passes break anti-passback, and that a gate with it off never says so. */
class AntiPassbackTest {
    private static final Instant EARLIER = Instant.parse("2026-12-01T08:00:00Z");
    private static final PresenceState IN = new PresenceState(1, Direction.IN, EARLIER);
    private static final PresenceState OUT = new PresenceState(1, Direction.OUT, EARLIER);
    private static final PresenceState NEVER = PresenceState.neverSeen(1);

    private static Gate gate(AntiPassback mode) {
        return new Gate(1L, "Main entrance", Set.of("entry", "exit"), false, "", 0, mode, "");
    }

    @Test
    void anEntryAfterAnEntryAndALeavingWithoutAnEntryAreBreaches() {
        for (AntiPassback mode : new AntiPassback[] { AntiPassback.SOFT, AntiPassback.HARD }) {
            Gate gate = gate(mode);
            assertEquals(Optional.of("entered by Main entrance without having left"), mode.breach(gate, IN, Direction.IN));
            assertEquals(Optional.of("left by Main entrance without having entered"), mode.breach(gate, OUT, Direction.OUT));
            assertEquals(Optional.of("left by Main entrance without having entered"), mode.breach(gate, NEVER, Direction.OUT), "never seen coming in");
            assertEquals(Optional.empty(), mode.breach(gate, OUT, Direction.IN));
            assertEquals(Optional.empty(), mode.breach(gate, NEVER, Direction.IN), "the first entry");
            assertEquals(Optional.empty(), mode.breach(gate, IN, Direction.OUT));
        }
    }

    @Test
    void offChecksNothing() {
        Gate gate = gate(AntiPassback.OFF);
        assertEquals(Optional.empty(), AntiPassback.OFF.breach(gate, IN, Direction.IN));
        assertEquals(Optional.empty(), AntiPassback.OFF.breach(gate, NEVER, Direction.OUT));
    }

    @Test
    void aGateWithoutASettingChecksNothing() {
        assertEquals(AntiPassback.OFF, new Gate(null, "Side door", Set.of(), false, "", 0, null, "").antiPassback());
    }
}
