package org.gatepass.notify.email.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gatepass.core.event.GateEvent;
import org.gatepass.core.notify.NotificationSubject;
import org.gatepass.core.pass.PassListing;
import org.gatepass.core.pass.VisitorPass;
import org.gatepass.core.person.Person;

/**
 * The values of the placeholders ({name}, {status}, {date}...) for one event, and filling them into a
 * template: as they are for text, HTML-escaped for HTML, on one line for a subject. Unknown placeholders stay
 * as written, so a typo shows in the e-mail instead of vanishing.
 */
final class TemplateValues {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)\\}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter SHORT_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Map<String, String> values;

    private TemplateValues(Map<String, String> values) {
        this.values = values;
    }

    static TemplateValues of(NotificationSubject subject, String gateName, ZoneId zone) {
        return new TemplateValues(eventValues(subject, gateName, zone));
    }

    /**
     * A digest of alerts, oldest first: the newest alert's values, plus {count}, {since} (the oldest alert's date
     * and time) and {sightings}, one line per alert with its time, camera, decision, person and reason.
     */
    static TemplateValues ofDigest(List<NotificationSubject> subjects, String gateName, ZoneId zone) {
        Map<String, String> values = new HashMap<>(eventValues(subjects.get(subjects.size() - 1), gateName, zone));
        var first = subjects.get(0).event().occurredAt().atZone(zone);
        values.put("count", Integer.toString(subjects.size()));
        values.put("since", DATE.format(first) + " " + TIME.format(first));
        StringBuilder lines = new StringBuilder();
        for (NotificationSubject subject : subjects) {
            Map<String, String> one = eventValues(subject, gateName, zone);
            lines.append(one.get("date")).append(' ').append(one.get("time")).append("  ").append(one.get("camera")).append("  ")
                    .append(one.get("decision")).append("  ").append(one.get("name"));
            if (!one.get("id").isEmpty()) {
                lines.append(" (").append(one.get("id")).append(')');
            }
            if (subject.event().reason() != null && !subject.event().reason().isBlank()) {
                lines.append(": ").append(one.get("reason"));
            }
            lines.append('\n');
        }
        values.put("sightings", lines.toString().stripTrailing());
        return new TemplateValues(values);
    }

    /** A visitor's pass: {name}, {from}, {until}, {host}, {purpose}, {gates} and {gate}. */
    static TemplateValues ofPass(PassListing listing, String gateName, ZoneId zone) {
        VisitorPass pass = listing.pass();
        var from = pass.validFrom().atZone(zone);
        var until = pass.validUntil().atZone(zone);
        return new TemplateValues(Map.of(
                "name", listing.visitorName(),
                "from", DATE.format(from) + " " + SHORT_TIME.format(from),
                "until", DATE.format(until) + " " + SHORT_TIME.format(until),
                "host", listing.hostEmail() == null || listing.hostEmail().isBlank() ? "-" : listing.hostEmail(),
                "purpose", pass.purpose().isBlank() ? "-" : pass.purpose(),
                "gates", pass.cameras().isEmpty() ? "every gate" : String.join(", ", pass.cameras()),
                "gate", gateName));
    }

    private static Map<String, String> eventValues(NotificationSubject subject, String gateName, ZoneId zone) {
        GateEvent event = subject.event();
        Person person = subject.person();
        String status = event.decision().isAlert() || event.direction() == null ? event.decision().label() : event.direction().label();
        var local = event.occurredAt().atZone(zone);
        return Map.ofEntries(
                Map.entry("name", person == null ? "Unknown person" : person.name()),
                Map.entry("id", person == null || person.externalId() == null ? "" : person.externalId()),
                Map.entry("category", person == null ? "" : person.category().label()),
                Map.entry("status", status),
                Map.entry("direction", event.direction() == null ? "" : event.direction().label()),
                Map.entry("decision", event.decision().label()),
                Map.entry("date", DATE.format(local)),
                Map.entry("time", TIME.format(local)),
                Map.entry("gate", gateName),
                Map.entry("camera", event.cameraId() == null ? "" : event.cameraId()),
                Map.entry("reason", event.reason() == null || event.reason().isBlank() ? "-" : event.reason()));
    }

    String text(String template) {
        return fill(template, false);
    }

    String html(String template) {
        return fill(template, true);
    }

    /** A header value: one line, at most 200 characters, so no value can add headers. */
    String subject(String template) {
        String line = fill(template, false).replaceAll("[\\r\\n\\t]+", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    private String fill(String template, boolean html) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            String replacement = value == null ? m.group() : html ? escapeHtml(value) : value;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String escapeHtml(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
