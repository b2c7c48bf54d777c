package org.gatepass.core.importing;

/** What an import wrote. */
public record ImportResult(int created, int updated, int unchanged, int rejected) {
}
