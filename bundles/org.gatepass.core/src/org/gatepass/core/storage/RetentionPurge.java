package org.gatepass.core.storage;

import java.time.Instant;

/**
 * Deleting what a site keeps no longer (SPI, implemented by the persistence bundle), in one transaction. A cut-off
 * of null keeps that kind of data for ever.
 */
public interface RetentionPurge {

    /** How many rows of each kind went. */
    record Purged(int events, int pictures, int unknownFaces, int strangers, int notifications) {
        public boolean isEmpty() {
            return events + pictures + unknownFaces + strangers + notifications == 0;
        }
    }

    /**
     * Deletes events before {@code eventsBefore} with everything attached to them, the pictures of events before
     * {@code picturesBefore}, unknown-face events before {@code unknownFacesBefore} with the unnamed strangers last seen
     * before it, and notifications delivered before {@code deliveredBefore}.
     */
    Purged purge(Instant eventsBefore, Instant picturesBefore, Instant unknownFacesBefore, Instant deliveredBefore);
}
