package org.gatepass.ui.log;

import java.util.Arrays;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.widgets.Composite;
import org.gatepass.core.event.EventLogEntry;

/** Builds the NatTable grid for the attendance log: column headers that sort, row numbers, virtual rows, alerts in red. */
final class EventLogTable {
    private EventLogTable() {
    }

    /** Rows whose event is an alert (unknown face, blocked person) carry this label and show in red. */
    static final String ALERT = "ALERT";

    static NatTable create(Composite parent, EventLogPages rows, EventLogSortModel sortModel) {
        DataLayer body = new DataLayer(rows);
        body.setConfigLabelAccumulator((labels, columnPosition, rowPosition) -> {
            EventLogEntry entry = rows.entry(rowPosition);
            if (entry != null && entry.decision().isAlert()) {
                labels.addLabel(ALERT);
            }
        });
        LogColumn[] columns = LogColumn.values();
        for (LogColumn column : columns) {
            body.setColumnWidthByPosition(column.ordinal(), column.width);
        }
        SelectionLayer selection = new SelectionLayer(body);
        ViewportLayer viewport = new ViewportLayer(selection);

        IDataProvider titles = new DefaultColumnHeaderDataProvider(Arrays.stream(columns).map(c -> c.title).toArray(String[]::new));
        ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(new DefaultColumnHeaderDataLayer(titles), viewport, selection);
        SortHeaderLayer<Object> sortHeader = new SortHeaderLayer<>(columnHeader, sortModel);

        IDataProvider rowNumbers = new DefaultRowHeaderDataProvider(rows);
        RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowNumbers), viewport, selection);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(titles, rowNumbers)), rowHeader, sortHeader);

        NatTable table = new NatTable(parent, new GridLayer(viewport, sortHeader, rowHeader, corner), false);
        table.addConfiguration(new DefaultNatTableStyleConfiguration());
        table.addConfiguration(new SingleClickSortConfiguration());
        table.addConfiguration(new AbstractRegistryConfiguration() {
            @Override
            public void configureRegistry(IConfigRegistry registry) {
                Style alert = new Style();
                alert.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, GUIHelper.COLOR_RED);
                registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, alert, DisplayMode.NORMAL, ALERT);
            }
        });
        table.configure();
        return table;
    }
}
