package org.gatepass.core.alert;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.gatepass.core.event.Decision;

/** Alerts about one person or one stranger, newest first: one line on the desk however often they came by. */
public record AlertGroup(String subject, List<AlertEntry> alerts) {

    public AlertGroup {
        if (alerts.isEmpty()) {
            throw new IllegalArgumentException("A group has at least one alert");
        }
        alerts = List.copyOf(alerts);
    }

    public AlertEntry newest() {
        return alerts.get(0);
    }

    public Instant first() {
        return alerts.get(alerts.size() - 1).occurredAt();
    }

    public Instant last() {
        return newest().occurredAt();
    }

    public Set<String> cameras() {
        Set<String> cameras = new TreeSet<>();
        alerts.forEach(a -> cameras.add(a.cameraId()));
        return cameras;
    }

    /** The least handled state of its alerts: open while any alert is open. */
    public AlertState state() {
        return alerts.stream().map(AlertEntry::state).min(Enum::compareTo).orElseThrow();
    }

    /** Who it is about, for people: the person's name, or a stranger's number. */
    public String label() {
        AlertEntry newest = newest();
        if (newest.personName() != null) {
            return newest.personName();
        }
        if (newest.strangerId() != null) {
            return "Stranger #" + newest.strangerId();
        }
        return newest.decision() == Decision.PASS_REFUSED ? "Unknown pass holder" : "Unknown face";
    }

    public Decision decision() {
        return newest().decision();
    }
}
