package org.gatepass.core.camera.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    @Test
    void doublesUpToTheCapAndStartsOverAfterSuccess() {
        RetryBackoff backoff = new RetryBackoff(CaptureLoop.FIRST_RETRY, CaptureLoop.LONGEST_RETRY);
        assertEquals(Stream.of(2, 4, 8, 16, 30, 30).map(Duration::ofSeconds).toList(),
                Stream.generate(backoff::next).limit(6).toList());
        backoff.reset();
        assertEquals(Duration.ofSeconds(2), backoff.next());
    }

    @Test
    void turnsFrameRatesIntoIntervals() {
        assertEquals(Duration.ofMillis(40), CaptureLoop.frameInterval(25));
        assertEquals(Duration.ofSeconds(2), CaptureLoop.frameInterval(0.5));
        assertEquals(Duration.ZERO, CaptureLoop.frameInterval(0));
        assertThrows(IllegalArgumentException.class, () -> CaptureLoop.frameInterval(-1));
        assertThrows(IllegalArgumentException.class, () -> CaptureLoop.frameInterval(Double.NaN));
    }
}
