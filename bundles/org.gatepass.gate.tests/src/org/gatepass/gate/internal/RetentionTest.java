package org.gatepass.gate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.gatepass.core.event.Decision;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.storage.RetentionPurge.Purged;
import org.gatepass.persistence.testing.StationStorage;
import org.gatepass.persistence.testing.TestSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate's retention settings in days turn into the purge's cut-offs: 0 keeps for ever, N deletes what is older than N days. */
class RetentionTest {
    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    @Test
    void eachPeriodInDaysDeletesOnlyWhatIsOlder(@TempDir Path data) {
        try (StationStorage storage = StationStorage.open(TestSchemas.h2Url(data.resolve("db")), "")) {
            for (int daysAgo : new int[] { 40, 20 }) {
                Instant at = NOW.minus(Duration.ofDays(daysAgo));
                storage.events().record(new GateEvent(null, null, "cam", null, Decision.UNKNOWN_FACE, null, at), new byte[] { 1 });
            }
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

            assertEquals(new Purged(0, 0, 0, 0, 0), new Retention(storage.retention(), clock, 0, 0, 0, 0).purgeNow(), "0 keeps for ever");
            assertEquals(new Purged(0, 1, 0, 0, 0), new Retention(storage.retention(), clock, 0, 30, 0, 0).purgeNow(),
                    "the picture of 40 days ago, not the one of 20");
            assertEquals(new Purged(0, 1, 2, 0, 0), new Retention(storage.retention(), clock, 0, 0, 10, 0).purgeNow(),
                    "both unknown faces are older than 10 days; one still had its picture");
            assertEquals(new Purged(0, 0, 0, 0, 0), new Retention(storage.retention(), clock, 1, 1, 1, 1).purgeNow(), "nothing left to purge");
        }
    }
}
