package org.gatepass.ui.log;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.gatepass.core.event.EventLogSort;

/**
 * Header clicks sort in the database, not in memory: this model only remembers the chosen column and
 * direction and asks for a reload. No column chosen means newest first.
 */
final class EventLogSortModel implements ISortModel {
    private final Consumer<EventLogSortModel> onChange;
    private int column = -1;
    private SortDirectionEnum direction = SortDirectionEnum.NONE;

    EventLogSortModel(Consumer<EventLogSortModel> onChange) {
        this.onChange = onChange;
    }

    EventLogSort sort() {
        return column < 0 ? EventLogSort.TIME : LogColumn.values()[column].sort;
    }

    boolean ascending() {
        return column >= 0 && direction == SortDirectionEnum.ASC;
    }

    @Override
    public List<Integer> getSortedColumnIndexes() {
        return column < 0 ? List.of() : List.of(column);
    }

    @Override
    public boolean isColumnIndexSorted(int columnIndex) {
        return columnIndex == column;
    }

    @Override
    public SortDirectionEnum getSortDirection(int columnIndex) {
        return columnIndex == column ? direction : SortDirectionEnum.NONE;
    }

    @Override
    public int getSortOrder(int columnIndex) {
        return columnIndex == column ? 0 : -1;
    }

    @SuppressWarnings("rawtypes")
    @Override
    public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
        return List.of();
    }

    @Override
    public Comparator<?> getColumnComparator(int columnIndex) {
        return null;
    }

    @Override
    public void sort(int columnIndex, SortDirectionEnum sortDirection, boolean accumulate) {
        boolean none = sortDirection == SortDirectionEnum.NONE;
        column = none ? -1 : columnIndex;
        direction = sortDirection;
        onChange.accept(this);
    }

    @Override
    public void clear() {
        column = -1;
        direction = SortDirectionEnum.NONE;
    }
}
