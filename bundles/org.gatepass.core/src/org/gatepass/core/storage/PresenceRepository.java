package org.gatepass.core.storage;

import java.util.List;

import org.gatepass.core.presence.PresenceEntry;

/** The persons whose last movement was In, by name: on the site ("") or in an area. */
public interface PresenceRepository {
    List<PresenceEntry> inside(String area);

    /** The areas gates lead into, by name. */
    List<String> areas();
}
