package org.gatepass.core.internal.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.gatepass.core.audit.AuditEntry;
import org.gatepass.core.csv.CsvWriter;

/** Audit rows as CSV (see {@link CsvWriter}: an audited value such as a person's name is typed by somebody else). */
final class AuditCsv {
    private final CsvWriter out;

    AuditCsv(Writer out) {
        this.out = new CsvWriter(out);
    }

    void header() throws IOException {
        out.line(List.of("seq", "time (UTC)", "operator", "role", "action", "subject", "before", "after", "station", "hash"));
    }

    void row(AuditEntry e) throws IOException {
        out.line(List.of(Long.toString(e.seq()), e.at().toString(), e.operator(), e.role(), e.action(), e.subject(), e.before(), e.after(),
                e.station(), e.hash()));
    }
}
