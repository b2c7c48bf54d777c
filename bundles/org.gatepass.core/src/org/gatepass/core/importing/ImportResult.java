package org.gatepass.core.importing;

import java.util.List;

/** What an import wrote, and the ids of the visitors' passes it issued. */
public record ImportResult(int created, int updated, int unchanged, int rejected, List<Long> passesIssued) {

    public ImportResult {
        passesIssued = List.copyOf(passesIssued);
    }
}
