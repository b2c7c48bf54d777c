package org.gatepass.core.report;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What the operator chose: the days, categories and camera ({@code query}), a person's ID or name ({@code person},
 * blank when none) and a local date and time ({@code moment}, null when none), both in the query's zone.
 */
public record ReportRequest(ReportQuery query, String person, LocalDateTime moment) {

    public ReportRequest {
        Objects.requireNonNull(query, "query");
        person = person == null ? "" : person.strip();
    }
}
