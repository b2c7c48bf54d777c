package org.gatepass.core.importing;

import org.gatepass.core.security.Actor;

/**
 * Imports persons and visitors from a table (MANAGE_PERSONS). {@link #preview} writes nothing: it checks every row
 * (required fields, categories and statuses, e-mail and phone formats, formulas, IDs repeated in the file) and says
 * what each would do. {@link #apply} writes the rows that passed, in one transaction, audited; a row matching a
 * stored person by ID (else by e-mail) updates them instead of adding a duplicate. A visitor row with a pass window
 * also issues their pass (needs MANAGE_VISITORS too), once: a visitor holding a pass for the same window gets no second.
 */
public interface PersonImportService {

    /** @throws IllegalArgumentException when the mapping does not fit the table (its problems in the message) */
    ImportPreview preview(Actor actor, ImportTable table, ColumnMapping mapping);

    ImportResult apply(Actor actor, ImportPreview preview);
}
