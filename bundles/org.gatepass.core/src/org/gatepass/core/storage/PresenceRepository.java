package org.gatepass.core.storage;

import java.util.List;

import org.gatepass.core.presence.PresenceEntry;

/** The persons whose last movement was In, by name. */
public interface PresenceRepository {
    List<PresenceEntry> inside();
}
