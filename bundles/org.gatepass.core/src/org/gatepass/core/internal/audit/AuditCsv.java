package org.gatepass.core.internal.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.gatepass.core.audit.AuditEntry;

/**
 * Audit rows as RFC 4180 CSV. A field a spreadsheet would take for a formula is prefixed with an apostrophe,
 * since an audited value (a person's name) is typed by somebody else.
 */
final class AuditCsv {
    private final Writer out;

    AuditCsv(Writer out) {
        this.out = out;
    }

    void header() throws IOException {
        line(List.of("seq", "time (UTC)", "operator", "role", "action", "subject", "before", "after", "station", "hash"));
    }

    void row(AuditEntry e) throws IOException {
        line(List.of(Long.toString(e.seq()), e.at().toString(), e.operator(), e.role(), e.action(), e.subject(), e.before(), e.after(),
                e.station(), e.hash()));
    }

    private void line(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String quoted(String field) {
        String value = field == null ? "" : field;
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
