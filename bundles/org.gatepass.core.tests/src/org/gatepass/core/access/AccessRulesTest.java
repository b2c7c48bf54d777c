package org.gatepass.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The rules at the edges: schedule boundaries, midnight, the clock changes, holidays, gates and cameras. */
class AccessRulesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Gate LAB = new Gate(1L, "Lab 2", Set.of("lab-in", "lab-out"), true, "lab-door", 5, AntiPassback.OFF, "");
    private static final Gate MAIN = new Gate(2L, "Main entrance", Set.of("main"), false, "", 0, AntiPassback.OFF, "");
    private static final Gate NIGHT = new Gate(3L, "Night store", Set.of("store"), true, "", 0, AntiPassback.OFF, "");
    private static final AccessLevel WEEKDAYS = new AccessLevel(10L, "Lab 2 staff", Set.of(1L), weekdays(LocalTime.of(7, 0), LocalTime.of(20, 0)), false);
    /** 22:00 to 06:00 every night: two windows a day. */
    private static final AccessLevel NIGHTS = new AccessLevel(11L, "Night shift", Set.of(3L), nights(), true);
    private static final AccessRules RULES = new AccessRules(List.of(LAB, MAIN, NIGHT),
            List.of(new Holiday(LocalDate.of(2026, 12, 25), "Christmas Day"), new Holiday(LocalDate.of(2026, 12, 26), "")), BERLIN);

    private static WeeklySchedule weekdays(LocalTime from, LocalTime until) {
        List<TimeWindow> windows = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            windows.add(new TimeWindow(day, from, until));
        }
        return new WeeklySchedule(windows);
    }

    private static WeeklySchedule nights() {
        List<TimeWindow> windows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            windows.add(new TimeWindow(day, LocalTime.MIDNIGHT, LocalTime.of(6, 0)));
            windows.add(new TimeWindow(day, LocalTime.of(22, 0), LocalTime.MIDNIGHT));
        }
        return new WeeklySchedule(windows);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    private static AccessVerdict lab(String local) {
        return RULES.entering("lab-in", List.of(WEEKDAYS), at(local));
    }

    @Test
    void theScheduleOpensAtItsFirstMinuteAndClosesAtItsLast() {
        // Thursday 3 December 2026
        assertFalse(lab("2026-12-03T06:59:59").admitted());
        assertTrue(lab("2026-12-03T07:00:00").admitted());
        assertTrue(lab("2026-12-03T19:59:59.999").admitted());
        AccessVerdict closed = lab("2026-12-03T20:00:00");
        assertFalse(closed.admitted());
        assertEquals("outside the schedule of Lab 2 (Lab 2 staff: Mon–Fri 07:00–20:00)", closed.reason());
        assertFalse(lab("2026-12-05T12:00:00").admitted(), "Saturday");
    }

    @Test
    void aNightAcrossMidnightIsOpenOnBothSidesOfIt() {
        for (String open : List.of("2026-12-03T22:00:00", "2026-12-03T23:59:59", "2026-12-04T00:00:00", "2026-12-04T05:59:59")) {
            assertTrue(RULES.entering("store", List.of(NIGHTS), at(open)).admitted(), open);
        }
        for (String closed : List.of("2026-12-03T21:59:59", "2026-12-04T06:00:00", "2026-12-04T12:00:00")) {
            assertFalse(RULES.entering("store", List.of(NIGHTS), at(closed)).admitted(), closed);
        }
        assertEquals("Mon–Sun 00:00–06:00, 22:00–24:00", NIGHTS.schedule().describe());
    }

    @Test
    void theScheduleFollowsTheClockOnTheDoorAcrossBothClockChanges() {
        // 29 March 2026 02:00 → 03:00 and 25 October 2026 03:00 → 02:00 are Sundays: take levels open on Sundays from 07:00
        AccessLevel sundays = new AccessLevel(12L, "Sunday staff", Set.of(1L),
                new WeeklySchedule(List.of(new TimeWindow(DayOfWeek.SUNDAY, LocalTime.of(7, 0), LocalTime.of(8, 0)))), false);
        for (String day : List.of("2026-03-29", "2026-10-25")) {
            assertFalse(RULES.entering("lab-in", List.of(sundays), at(day + "T06:59")).admitted(), day);
            assertTrue(RULES.entering("lab-in", List.of(sundays), at(day + "T07:00")).admitted(), day + ": 07:00 on the clock, whatever UTC says");
            assertFalse(RULES.entering("lab-in", List.of(sundays), at(day + "T08:00")).admitted(), day);
        }
        assertTrue(RULES.entering("lab-in", List.of(sundays), Instant.parse("2026-03-29T05:30:00Z")).admitted(), "07:30 summer time");
        assertFalse(RULES.entering("lab-in", List.of(sundays), Instant.parse("2026-03-29T06:30:00Z")).admitted(), "08:30 summer time");
        assertTrue(RULES.entering("lab-in", List.of(sundays), Instant.parse("2026-10-25T06:30:00Z")).admitted(), "07:30 winter time");
        // the hour 02:00-03:00 happens twice on 25 October: a night window is open both times
        assertTrue(RULES.entering("store", List.of(NIGHTS), Instant.parse("2026-10-25T00:30:00Z")).admitted());
        assertTrue(RULES.entering("store", List.of(NIGHTS), Instant.parse("2026-10-25T01:30:00Z")).admitted());
    }

    @Test
    void aHolidayClosesLevelsThatAreNotOpenOnHolidays() {
        AccessVerdict christmas = lab("2026-12-25T09:00");
        assertFalse(christmas.admitted(), "Christmas Day is a Friday");
        assertEquals("Lab 2 is closed for the holiday Christmas Day", christmas.reason());
        assertEquals("Lab 2 is closed for the holiday", lab("2026-12-26T09:00").reason(), "a holiday without a name");
        assertTrue(RULES.entering("store", List.of(NIGHTS), at("2026-12-25T23:00")).admitted(), "the night shift works on holidays");
        assertTrue(lab("2026-12-24T09:00").admitted(), "the day before is not a holiday");
    }

    @Test
    void nobodyEntersARestrictedGateWithoutALevelForIt() {
        AccessVerdict none = RULES.entering("lab-in", List.of(), at("2026-12-03T09:00"));
        assertEquals(new AccessVerdict(false, "not authorised for Lab 2"), none);
        assertEquals("not authorised for Lab 2", RULES.entering("lab-out", List.of(NIGHTS), at("2026-12-03T23:00")).reason(),
                "a level of another gate does not open this one, at any hour");
        assertTrue(RULES.entering("lab-in", List.of(NIGHTS, WEEKDAYS), at("2026-12-03T09:00")).admitted(), "one level opening it is enough");
    }

    @Test
    void unrestrictedGatesAndCamerasOfNoGateAdmitEverybody() {
        assertTrue(RULES.entering("main", List.of(), at("2026-12-25T03:00")).admitted());
        assertTrue(RULES.entering("somewhere-else", List.of(), at("2026-12-25T03:00")).admitted());
        assertEquals("Lab 2", RULES.gateOf("lab-out").orElseThrow().name());
        assertTrue(RULES.gateOf("somewhere-else").isEmpty());
    }

    @Test
    void aCameraBelongsToOneGateAndAWindowEndsAfterItBegins() {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> new AccessRules(List.of(LAB, new Gate(9L, "Side", Set.of("lab-in"), true, "", 0, AntiPassback.OFF, "")), List.of(), BERLIN));
        assertTrue(twice.getMessage().contains("Lab 2") && twice.getMessage().contains("Side"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(22, 0), LocalTime.of(6, 0)));
        assertEquals("Mon, Wed 09:00–10:00", new WeeklySchedule(List.of(new TimeWindow(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)),
                new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)))).describe());
    }
}
