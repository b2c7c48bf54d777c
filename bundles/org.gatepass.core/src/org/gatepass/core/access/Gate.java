package org.gatepass.core.access;

import java.util.Objects;
import java.util.Set;

/**
 * A door or entrance and the cameras watching it. An unrestricted gate (a main entrance kept for attendance) admits
 * every active person; a restricted one only those with an access level that opens it at that time. Leaving is never
 * refused by the levels: an exit camera's movements pass whatever they say. {@code door} names the door actuator to
 * release for {@code releaseSeconds} after an admission (blank: no door); {@code antiPassback} says what happens to an
 * entry without a leaving before it, or a leaving without an entry. A gate with an {@code area} (a lab, a building, a
 * hostel block) leads from the site into it: its movements change who is in that area, not who is on the site. A blank
 * area is the site's own boundary.
 */
public record Gate(Long id, String name, Set<String> cameras, boolean restricted, String door, int releaseSeconds, AntiPassback antiPassback,
        String area) {

    public Gate {
        Objects.requireNonNull(name, "name");
        cameras = Set.copyOf(cameras);
        door = door == null ? "" : door.strip();
        antiPassback = antiPassback == null ? AntiPassback.OFF : antiPassback;
        area = area == null ? "" : area.strip();
    }

    public Gate withId(long newId) {
        return new Gate(newId, name, cameras, restricted, door, releaseSeconds, antiPassback, area);
    }
}
