package org.gatepass.core.event;

/**
 * A window of the attendance log: events whose person's name contains {@code nameFilter}
 * (case-insensitive; empty for all), ordered by {@code sort}, rows {@code offset} to {@code offset+limit}.
 */
public record EventLogQuery(String nameFilter, EventLogSort sort, boolean ascending, int offset, int limit) {

    public EventLogQuery {
        nameFilter = nameFilter == null ? "" : nameFilter.strip();
        if (sort == null) {
            throw new IllegalArgumentException("sort is required");
        }
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
    }

    /** Newest first, the way an operator reads a log. */
    public static EventLogQuery newestFirst(String nameFilter, int limit) {
        return new EventLogQuery(nameFilter, EventLogSort.TIME, false, 0, limit);
    }

    public EventLogQuery page(int newOffset, int newLimit) {
        return new EventLogQuery(nameFilter, sort, ascending, newOffset, newLimit);
    }
}
