package org.gatepass.core.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class FrameTest {
    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");

    @Test
    void holdsThreeBytesPerPixel() {
        Frame frame = new Frame("gate-1", 4, 2, new byte[24], NOW, 7);
        assertEquals(4, frame.width());
        assertEquals("Frame[gate-1 #7 4x2 at 2025-03-01T08:00:00Z]", frame.toString());
    }

    @Test
    void rejectsPixelsThatDoNotMatchTheSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Frame("gate-1", 4, 2, new byte[8], NOW, 0));
        assertEquals("A 4x2 BGR frame has 24 bytes, not 8", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Frame("gate-1", 0, 2, new byte[0], NOW, 0));
        assertThrows(IllegalArgumentException.class, () -> new Frame("gate-1", 1, 1, new byte[3], NOW, -1));
        assertThrows(NullPointerException.class, () -> new Frame(null, 1, 1, new byte[3], NOW, 0));
    }
}
