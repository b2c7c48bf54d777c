package org.gatepass.ui.log;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.event.EventLogSort;

/** The attendance log's columns: title, how a row shows in it, and what sorting by it means. */
enum LogColumn {
    ID("ID", 90, EventLogSort.EXTERNAL_ID, EventLogEntry::externalId),
    NAME("Name", 200, EventLogSort.NAME, EventLogEntry::name),
    MOBILE("Mobile", 130, EventLogSort.MOBILE, EventLogEntry::mobile),
    STATUS("Status", 110, EventLogSort.DIRECTION, LogColumn::status),
    CATEGORY("Category", 100, EventLogSort.CATEGORY, e -> e.category() == null ? null : e.category().label()),
    DATE("Date", 100, EventLogSort.TIME, e -> Formats.DATE.format(e.occurredAt())),
    TIME("Time", 90, EventLogSort.TIME, e -> Formats.TIME.format(e.occurredAt())),
    CAMERA("Camera", 120, EventLogSort.CAMERA, EventLogEntry::cameraId);

    final String title;
    final int width;
    final EventLogSort sort;
    private final Function<EventLogEntry, String> value;

    LogColumn(String title, int width, EventLogSort sort, Function<EventLogEntry, String> value) {
        this.title = title;
        this.width = width;
        this.sort = sort;
        this.value = value;
    }

    String text(EventLogEntry entry) {
        String text = value.apply(entry);
        return text == null ? "" : text;
    }

    /** In/Out for movements; the alert itself for events that moved nobody. */
    private static String status(EventLogEntry e) {
        return e.direction() != null ? e.direction().label() : e.decision().label();
    }

    /** Shown in the workstation's own time zone. */
    private static final class Formats {
        static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());
        static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    }
}
