package org.gatepass.gate;

import java.io.IOException;
import java.nio.file.Path;

import org.gatepass.core.security.Actor;

/**
 * A person's rights over their data: a copy of everything Gatepass holds of them, and its erasure. Both need
 * MANAGE_PERSONS (erasing also ENROL_FACES) and are audited with what they covered.
 */
public interface PersonDataService {

    /**
     * Writes the person's data to {@code zip}: {@code person.json} (the person, their consents, every event, their passes
     * and how many face templates are kept) and the pictures of their events under {@code pictures/}. The file is
     * complete or not written at all.
     *
     * @throws IllegalArgumentException when there is no such person
     */
    DataExport export(Actor actor, long personId, Path zip) throws IOException;

    /**
     * Erases the person with everything Gatepass holds of them: the person, their face templates and consents, the
     * pictures of their events and of their face seen before they were known, their passes, presence, access levels and
     * notifications. Their past events stay for the site's counts, anonymised. One transaction; the gate forgets the face
     * at once.
     *
     * @throws IllegalArgumentException when there is no such person
     */
    ErasureReport erase(Actor actor, long personId);
}
