package org.gatepass.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;

import org.gatepass.core.access.PresenceRule.Kind;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.PresenceState;
import org.gatepass.core.person.PersonCategory;
import org.junit.jupiter.api.Test;

/** When a rule that watches the time is due, and whom it finds. */
class PresenceRuleTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(BERLIN).toInstant();
    }

    private static PresenceRule rule(Kind kind, LocalTime at, EnumSet<DayOfWeek> days) {
        return new PresenceRule(1L, "Hostel curfew", PersonCategory.STUDENT, kind, at, days);
    }

    @Test
    void dueFromItsTimeUntilMidnightOnItsDaysOnly() {
        PresenceRule curfew = rule(Kind.STILL_OUT, LocalTime.of(22, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertEquals(Optional.empty(), curfew.dueDay(at(MONDAY, 22, 0).minusMillis(1), BERLIN));
        assertEquals(Optional.of(MONDAY), curfew.dueDay(at(MONDAY, 22, 0), BERLIN));
        assertEquals(Optional.of(MONDAY), curfew.dueDay(at(MONDAY.plusDays(1), 0, 0).minusMillis(1), BERLIN), "a late start still checks that day");
        assertEquals(Optional.empty(), curfew.dueDay(at(MONDAY.plusDays(1), 0, 0), BERLIN), "a new day, before its time");
        LocalDate saturday = MONDAY.plusDays(5);
        assertEquals(Optional.empty(), curfew.dueDay(at(saturday, 23, 0), BERLIN), "not a day of the rule");
    }

    @Test
    void aTimeTheClocksSkipIsDueAsLateAsTheClocksJump() {
        LocalDate springForward = LocalDate.of(2027, 3, 28); // 02:00 → 03:00 in Berlin
        PresenceRule early = rule(Kind.NOT_ARRIVED, LocalTime.of(2, 30), EnumSet.allOf(DayOfWeek.class));
        assertEquals(Optional.empty(), early.dueDay(Instant.parse("2027-03-28T01:29:59Z"), BERLIN), "03:29 summer time");
        assertEquals(Optional.of(springForward), early.dueDay(Instant.parse("2027-03-28T01:30:00Z"), BERLIN), "03:30 summer time: 02:30 an hour on");
    }

    @Test
    void eachKindFindsItsPeople() {
        PresenceState out = new PresenceState(1, Direction.OUT, at(MONDAY, 20, 0));
        PresenceState in = new PresenceState(2, Direction.IN, at(MONDAY, 8, 0));
        PresenceState yesterday = new PresenceState(3, Direction.IN, at(MONDAY, 0, 0).minusMillis(1));
        PresenceState never = PresenceState.neverSeen(4);
        EnumSet<DayOfWeek> always = EnumSet.allOf(DayOfWeek.class);

        PresenceRule stillOut = rule(Kind.STILL_OUT, LocalTime.of(22, 0), always);
        assertTrue(stillOut.brokenBy(out, MONDAY, BERLIN));
        assertFalse(stillOut.brokenBy(in, MONDAY, BERLIN));
        assertFalse(stillOut.brokenBy(never, MONDAY, BERLIN), "somebody never seen is not reported as out");

        PresenceRule stillIn = rule(Kind.STILL_IN, LocalTime.of(19, 0), always);
        assertTrue(stillIn.brokenBy(in, MONDAY, BERLIN));
        assertTrue(stillIn.brokenBy(yesterday, MONDAY, BERLIN), "in since yesterday is still in");
        assertFalse(stillIn.brokenBy(out, MONDAY, BERLIN));

        PresenceRule expected = rule(Kind.NOT_ARRIVED, LocalTime.of(9, 30), always);
        assertFalse(expected.brokenBy(in, MONDAY, BERLIN));
        assertTrue(expected.brokenBy(yesterday, MONDAY, BERLIN), "last seen a millisecond before the day began");
        assertTrue(expected.brokenBy(never, MONDAY, BERLIN));
    }

    @Test
    void theReasonSaysWhatAndWhich() {
        assertEquals("still out after 22:00 (Hostel curfew)", rule(Kind.STILL_OUT, LocalTime.of(22, 0, 30), EnumSet.of(DayOfWeek.MONDAY)).reason());
        assertEquals("not arrived by 09:30 (Hostel curfew)", rule(Kind.NOT_ARRIVED, LocalTime.of(9, 30), EnumSet.of(DayOfWeek.MONDAY)).reason());
        assertEquals("Mon–Fri, Sun", rule(Kind.STILL_IN, LocalTime.NOON,
                EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)).daysText());
    }
}
