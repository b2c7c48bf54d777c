package org.gatepass.notify.internal;

import java.time.Duration;
import java.time.Instant;

import org.gatepass.core.notify.OutboxEntry;

/** The relay's configuration as durations, and the retry rules that follow from it. */
record RelaySettings(Duration pollInterval, int batchSize, Duration deliveryTimeout, Duration recipientsTimeout, Duration retryInitial,
        Duration retryMax, int maxAttempts, Duration maxAge, Duration alertDigest) {

    static RelaySettings of(RelayConfig config) {
        return new RelaySettings(Duration.ofSeconds(positive(config.pollIntervalSeconds())), positive(config.batchSize()),
                Duration.ofSeconds(positive(config.deliveryTimeoutSeconds())), Duration.ofMillis(positive(config.recipientsTimeoutMillis())),
                Duration.ofSeconds(positive(config.retryInitialSeconds())), Duration.ofSeconds(positive(config.retryMaxSeconds())),
                positive(config.maxAttempts()), Duration.ofHours(positive(config.maxAgeHours())),
                Duration.ofSeconds(notNegative(config.alertDigestSeconds())));
    }

    /**
     * How long a claim holds its rows: long enough to deliver a whole batch one by one, each up to its timeout.
     * Only a relay that died lets a lease run out; another relay then takes the rows over.
     */
    Duration lease() {
        return deliveryTimeout.multipliedBy(batchSize).plusSeconds(30);
    }

    /** The pause after the given number of failed attempts: the first pause, doubled per further failure, capped. */
    Duration retryDelay(int failedAttempts) {
        Duration delay = retryInitial;
        for (int i = 1; i < failedAttempts && delay.compareTo(retryMax) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(retryMax) > 0 ? retryMax : delay;
    }

    /** True when a failed row may not be tried again. */
    boolean exhausted(OutboxEntry entry, Instant now) {
        return entry.attempts() >= maxAttempts || entry.createdAt().plus(maxAge).isBefore(now);
    }

    private static int notNegative(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("The alert digest cannot be negative, got " + value);
        }
        return value;
    }

    private static int positive(int value) {
        if (value <= 0) {
            throw new IllegalArgumentException("Notification relay settings must be positive, got " + value);
        }
        return value;
    }
}
