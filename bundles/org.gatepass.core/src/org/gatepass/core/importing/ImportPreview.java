package org.gatepass.core.importing;

import java.util.List;

import org.gatepass.core.importing.RowOutcome.Action;

/** What importing a table would do, row by row, before anything is written; {@code emptyRows} were skipped. */
public record ImportPreview(String source, List<RowOutcome> rows, int emptyRows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public long count(Action action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }

    public List<RowOutcome.Problem> problems() {
        return rows.stream().flatMap(r -> r.problems().stream()).toList();
    }
}
