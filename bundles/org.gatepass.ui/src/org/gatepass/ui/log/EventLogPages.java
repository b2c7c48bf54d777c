package org.gatepass.ui.log;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.swt.widgets.Control;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.event.EventLogQuery;
import org.gatepass.core.event.EventLogService;
import org.gatepass.core.security.Actor;
import org.gatepass.ui.internal.Background;

/**
 * The attendance log's rows for NatTable, fetched from the database one page at a time as they scroll
 * into view and kept in a small cache, so 100,000 events cost no more than the rows on screen. A row not
 * yet loaded shows empty until its page arrives. Used on the UI thread only.
 */
final class EventLogPages implements IDataProvider {
    static final int PAGE_SIZE = 200;
    private static final int CACHED_PAGES = 50;

    private final EventLogService events;
    private final Supplier<Actor> actor;
    private final Control owner;
    private final Runnable onPageLoaded;
    private final Map<Integer, List<EventLogEntry>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<EventLogEntry>> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
    private EventLogQuery query = EventLogQuery.newestFirst("", PAGE_SIZE);
    private int rowCount;
    /** Bumped on every reset so pages requested for an older query are dropped when they arrive. */
    private int generation;

    EventLogPages(EventLogService events, Supplier<Actor> actor, Control owner, Runnable onPageLoaded) {
        this.events = events;
        this.actor = actor;
        this.owner = owner;
        this.onPageLoaded = onPageLoaded;
    }

    /** Starts over with a new query whose row count and first page are already known. */
    void reset(EventLogQuery newQuery, int count, List<EventLogEntry> firstPage) {
        generation++;
        query = newQuery;
        rowCount = count;
        pages.clear();
        loading.clear();
        pages.put(0, firstPage);
    }

    EventLogQuery query() {
        return query;
    }

    /** The entry at a row, or null while its page is loading. */
    EventLogEntry entry(int row) {
        int page = row / PAGE_SIZE;
        List<EventLogEntry> rows = pages.get(page);
        if (rows == null) {
            request(page);
            return null;
        }
        int index = row % PAGE_SIZE;
        return index < rows.size() ? rows.get(index) : null;
    }

    @Override
    public Object getDataValue(int columnIndex, int rowIndex) {
        EventLogEntry entry = entry(rowIndex);
        return entry == null ? "" : LogColumn.values()[columnIndex].text(entry);
    }

    @Override
    public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
        throw new UnsupportedOperationException("The attendance log is read-only");
    }

    @Override
    public int getColumnCount() {
        return LogColumn.values().length;
    }

    @Override
    public int getRowCount() {
        return rowCount;
    }

    private void request(int page) {
        if (!loading.add(page)) {
            return;
        }
        int requestedIn = generation;
        EventLogQuery window = query.page(page * PAGE_SIZE, PAGE_SIZE);
        Actor acting = actor.get();
        Background.run("Loading attendance log", owner, () -> events.log(acting, window), rows -> {
            if (requestedIn == generation) {
                loading.remove(page);
                pages.put(page, rows);
                onPageLoaded.run();
            }
        }, e -> loading.remove(page));
    }
}
