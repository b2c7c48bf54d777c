package org.gatepass.core.access;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.gatepass.core.event.Direction;
import org.gatepass.core.event.PresenceState;
import org.gatepass.core.person.PersonCategory;

/**
 * A rule that watches the time rather than a camera: on the chosen days at {@code at} (local time), every active person
 * of {@code category} who is still out (a hostel curfew), still in (a building that closes) or has not arrived yet
 * ("expected by 09:30") raises one alert, which reaches the security desk and a student's guardian. A rule is checked
 * from {@code at} until the end of that day, so a station started late still checks it; each person is alerted at most
 * once per rule and day, whichever station checks.
 */
public record PresenceRule(Long id, String name, PersonCategory category, Kind kind, LocalTime at, Set<DayOfWeek> days) {
    /** What the alerts of these rules name as their camera. */
    public static final String SOURCE = "time rules";
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    /** What the rule looks for at its time. */
    public enum Kind {
        /** Last seen going out (a curfew); persons never seen are not reported. */
        STILL_OUT("still out after"),
        /** Last seen coming in (a building that closes). */
        STILL_IN("still in after"),
        /** Not seen at all since the start of the day. */
        NOT_ARRIVED("not arrived by");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public PresenceRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(kind, "kind");
        at = Objects.requireNonNull(at, "at").withSecond(0).withNano(0);
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    public PresenceRule withId(long newId) {
        return new PresenceRule(newId, name, category, kind, at, days);
    }

    /** The day whose check is due at {@code now}: today, from the rule's time until midnight, on the rule's days. */
    public Optional<LocalDate> dueDay(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate today = local.toLocalDate();
        if (!days.contains(today.getDayOfWeek())) {
            return Optional.empty();
        }
        // on the day the clocks skip the rule's time, it is due as much later as they jump (02:30 → 03:30)
        Instant due = today.atTime(at).atZone(zone).toInstant();
        return now.isBefore(due) ? Optional.empty() : Optional.of(today);
    }

    /** Whether a person last seen as {@code presence} breaks the rule checked on {@code day}. */
    public boolean brokenBy(PresenceState presence, LocalDate day, ZoneId zone) {
        return switch (kind) {
            case STILL_OUT -> presence.direction() == Direction.OUT;
            case STILL_IN -> presence.direction() == Direction.IN;
            case NOT_ARRIVED -> presence.changedAt() == null || presence.changedAt().isBefore(day.atStartOfDay(zone).toInstant());
        };
    }

    /** The rule's days, e.g. "Mon–Fri, Sun". */
    public String daysText() {
        return days.isEmpty() ? "never" : WeeklySchedule.days(days.stream().sorted().toList());
    }

    /** The alert's reason: "still out after 22:00 (Hostel curfew)". */
    public String reason() {
        return kind.label() + " " + HOUR_MINUTE.format(at) + " (" + name + ")";
    }
}
