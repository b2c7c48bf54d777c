package org.gatepass.core.report;

import java.util.Objects;

/** A column of a report: its heading and what its cells hold. */
public record ReportColumn(String heading, ColumnKind kind) {

    public ReportColumn {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(kind, "kind");
    }
}
