package org.gatepass.core.storage;

/**
 * Erasing a person on request (SPI, implemented by the persistence bundle): everything that is theirs goes, in the
 * caller's transaction; their past events stay for the site's counts, anonymised.
 */
public interface PersonErasure {

    /** What an erasure removed. */
    record Erased(int templates, int pictures, int notifications, int passes, int consents, int eventsAnonymised) {
    }

    /**
     * Deletes the person, their face templates and consents, the pictures of their events and of the unknown faces
     * named as them (with those strangers), their passes, presence, access levels and every notification about them,
     * queued or delivered; their events keep time, camera and decision but name nobody.
     *
     * @throws IllegalArgumentException when there is no such person
     */
    Erased erase(long personId);
}
