package org.gatepass.core.alert;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups alerts, newest first, by whom they are about, so a crowd or somebody lingering at a door is one line on the
 * desk. Unknown faces not matched to a known stranger are grouped per camera while they follow each other within
 * {@link #UNKNOWN_FACES_WINDOW}. Groups are ordered by their newest alert.
 */
public final class AlertGroups {
    public static final Duration UNKNOWN_FACES_WINDOW = Duration.ofMinutes(2);

    private AlertGroups() {
    }

    public static List<AlertGroup> of(List<AlertEntry> newestFirst) {
        List<List<AlertEntry>> groups = new ArrayList<>();
        Map<String, List<AlertEntry>> open = new HashMap<>();
        for (AlertEntry alert : newestFirst) {
            String subject = alert.subject();
            List<AlertEntry> group = open.get(subject);
            boolean byCamera = subject.startsWith("camera");
            if (group == null || byCamera && Duration.between(alert.occurredAt(), group.get(group.size() - 1).occurredAt())
                    .compareTo(UNKNOWN_FACES_WINDOW) > 0) {
                group = new ArrayList<>();
                groups.add(group);
                open.put(subject, group);
            }
            group.add(alert);
        }
        return groups.stream().map(alerts -> new AlertGroup(alerts.get(0).subject(), alerts)).toList();
    }
}
