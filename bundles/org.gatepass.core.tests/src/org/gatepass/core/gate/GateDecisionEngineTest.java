package org.gatepass.core.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.gatepass.core.event.Decision;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.PresenceState;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonStatus;
import org.junit.jupiter.api.Test;

class GateDecisionEngineTest {
    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final Person ADA = Person.newPerson("Ada Lovelace", PersonCategory.EMPLOYEE).withId(7);
    private final GateDecisionEngine engine = new GateDecisionEngine(GateDecisionEngine.DEFAULT_COOLDOWN);

    private static PresenceState was(Direction direction, Duration ago) {
        return new PresenceState(7, direction, NOW.minus(ago));
    }

    @Test
    void firstSightingOfAnActivePersonIsAnEntry() {
        assertEquals(Optional.of(GateDecision.admit(Direction.IN)),
                engine.movementOf(ADA, PresenceState.neverSeen(7), CameraMode.TOGGLE, NOW));
    }

    @Test
    void togglingAlternatesAfterTheCooldown() {
        assertEquals(Optional.of(GateDecision.admit(Direction.OUT)),
                engine.movementOf(ADA, was(Direction.IN, Duration.ofSeconds(60)), CameraMode.TOGGLE, NOW));
        assertEquals(Optional.of(GateDecision.admit(Direction.IN)),
                engine.movementOf(ADA, was(Direction.OUT, Duration.ofMinutes(30)), CameraMode.TOGGLE, NOW));
    }

    @Test
    void withinTheCooldownNothingHappens() {
        assertEquals(Optional.empty(), engine.movementOf(ADA, was(Direction.IN, Duration.ofSeconds(59)), CameraMode.TOGGLE, NOW));
        assertEquals(Optional.empty(), engine.movementOf(ADA, was(Direction.IN, Duration.ZERO), CameraMode.EXIT, NOW));
    }

    @Test
    void fixedCamerasAlwaysGiveTheirDirection() {
        assertEquals(Optional.of(GateDecision.admit(Direction.IN)),
                engine.movementOf(ADA, was(Direction.IN, Duration.ofHours(2)), CameraMode.ENTRY, NOW));
        assertEquals(Optional.of(GateDecision.admit(Direction.OUT)),
                engine.movementOf(ADA, PresenceState.neverSeen(7), CameraMode.EXIT, NOW));
    }

    @Test
    void blockedAndInactivePeopleAndStrangersAreAlerts() {
        assertEquals(Optional.of(GateDecision.alert(Decision.BLOCKED_PERSON)), engine.alertFor(ADA.withStatus(PersonStatus.BLOCKED)));
        assertEquals(Optional.of(GateDecision.alert(Decision.INACTIVE_PERSON)), engine.alertFor(ADA.withStatus(PersonStatus.INACTIVE)));
        assertEquals(Optional.empty(), engine.alertFor(ADA));
        assertEquals(GateDecision.alert(Decision.UNKNOWN_FACE), engine.decideStranger());
    }

    @Test
    void onlyActivePeopleMove() {
        assertThrows(IllegalArgumentException.class,
                () -> engine.movementOf(ADA.withStatus(PersonStatus.BLOCKED), PresenceState.neverSeen(7), CameraMode.TOGGLE, NOW));
    }

    @Test
    void cooldownIsConfigurable() {
        GateDecisionEngine quick = new GateDecisionEngine(Duration.ofSeconds(5));
        assertEquals(Optional.of(GateDecision.admit(Direction.OUT)),
                quick.movementOf(ADA, was(Direction.IN, Duration.ofSeconds(5)), CameraMode.TOGGLE, NOW));
        assertThrows(IllegalArgumentException.class, () -> new GateDecisionEngine(Duration.ofSeconds(-1)));
    }

    @Test
    void onlyAdmissionsHaveADirection() {
        assertThrows(IllegalArgumentException.class, () -> new GateDecision(Decision.ADMITTED, null));
        assertThrows(IllegalArgumentException.class, () -> new GateDecision(Decision.UNKNOWN_FACE, Direction.IN));
    }
}
