package org.gatepass.gate.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.gatepass.core.storage.RetentionPurge;
import org.gatepass.core.storage.RetentionPurge.Purged;

/**
 * What the site keeps, in days per kind of data (0: for ever), and the purge of everything older. Every station runs
 * it daily; a purge that finds nothing older changes nothing, so stations sharing a database need not agree who runs.
 */
final class Retention {
    /** The first purge waits this long after start, so starting up is not slowed by it. */
    static final Duration FIRST_AFTER = Duration.ofMinutes(5);
    static final Duration EVERY = Duration.ofDays(1);

    private final RetentionPurge purge;
    private final Clock clock;
    private final int eventDays;
    private final int pictureDays;
    private final int unknownFaceDays;
    private final int notificationDays;

    Retention(RetentionPurge purge, Clock clock, int eventDays, int pictureDays, int unknownFaceDays, int notificationDays) {
        this.purge = purge;
        this.clock = clock;
        this.eventDays = eventDays;
        this.pictureDays = pictureDays;
        this.unknownFaceDays = unknownFaceDays;
        this.notificationDays = notificationDays;
    }

    static Retention of(RetentionPurge purge, GateConfig config) {
        return new Retention(purge, Clock.systemUTC(), config.keepEventsDays(), config.keepPicturesDays(), config.keepUnknownFacesDays(),
                config.keepDeliveredNotificationsDays());
    }

    Purged purgeNow() {
        Instant now = clock.instant();
        return purge.purge(before(now, eventDays), before(now, pictureDays), before(now, unknownFaceDays), before(now, notificationDays));
    }

    private static Instant before(Instant now, int days) {
        return days <= 0 ? null : now.minus(Duration.ofDays(days));
    }
}
