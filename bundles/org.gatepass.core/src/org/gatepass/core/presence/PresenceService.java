package org.gatepass.core.presence;

import java.util.List;

import org.gatepass.core.event.GateEvent;
import org.gatepass.core.security.Actor;

/**
 * Who is inside now, on the site or in one of its areas (VIEW_PRESENCE), and marking a person out by hand
 * (CORRECT_PRESENCE, audited with the reason).
 */
public interface PresenceService {
    /** The camera id of movements an operator recorded by hand. */
    String MARKED_BY_HAND = "by hand";
    /** The area that is the whole site: its boundary is every gate without an area of its own. */
    String SITE = "";

    /** Everybody inside {@code area} now ({@link #SITE} or an area a gate leads into). */
    PresenceBoard inside(Actor actor, String area);

    /** The areas gates lead into, by name; the site is not among them. */
    List<String> areas(Actor actor);

    /**
     * Records that a person inside has left, e.g. one who left by a door without a camera: an Out movement at
     * {@value #MARKED_BY_HAND}, taken under the same lock as the gate's movements, so the two never cross.
     *
     * @throws IllegalArgumentException when the reason is blank, the person does not exist or is not inside
     */
    GateEvent markOut(Actor actor, long personId, String reason);
}
