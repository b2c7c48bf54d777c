package org.gatepass.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EventLogQueryTest {

    @Test
    void nullFilterMeansEverything() {
        assertEquals("", new EventLogQuery(null, EventLogSort.NAME, true, 0, 10).nameFilter());
    }

    @Test
    void pageKeepsFilterAndOrder() {
        EventLogQuery page = EventLogQuery.newestFirst(" ada ", 50).page(200, 100);
        assertEquals(new EventLogQuery("ada", EventLogSort.TIME, false, 200, 100), page);
    }

    @Test
    void rejectsImpossibleWindows() {
        assertThrows(IllegalArgumentException.class, () -> new EventLogQuery("", EventLogSort.TIME, true, -1, 10));
        assertThrows(IllegalArgumentException.class, () -> new EventLogQuery("", EventLogSort.TIME, true, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new EventLogQuery("", null, true, 0, 10));
    }

    @Test
    void directionsAreOpposite() {
        assertEquals(Direction.OUT, Direction.IN.opposite());
        assertEquals(Direction.IN, Direction.OUT.opposite());
    }
}
