package org.gatepass.gate;

import org.gatepass.core.security.Actor;

/**
 * Erases a person on request with everything Gatepass holds of them: the person, their face templates and consents,
 * the pictures of their events and of their face seen before they were known, their passes, presence, access levels
 * and notifications. Their past events stay for the site's counts, anonymised. One transaction; the gate forgets the
 * face at once. Needs MANAGE_PERSONS and ENROL_FACES; audited with what was removed.
 */
public interface PersonErasureService {

    /** @throws IllegalArgumentException when there is no such person */
    ErasureReport erase(Actor actor, long personId);
}
