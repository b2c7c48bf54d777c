package org.gatepass.ui.reports;

import java.util.List;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TableColumn;
import org.gatepass.core.report.ColumnKind;
import org.gatepass.core.report.ReportColumn;
import org.gatepass.core.report.ReportTable;
import org.gatepass.ui.internal.TestIds;

/**
 * Any report's table: its columns made from the report, rows created only as they scroll into view (a year of
 * attendance is hundreds of thousands of rows), numbers and times aligned right.
 */
final class ReportTableViewer {
    private final TableViewer viewer;
    private List<List<Object>> rows = List.of();

    ReportTableViewer(Composite parent, String testId) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.V_SCROLL | SWT.H_SCROLL);
        TestIds.name(viewer.getTable(), testId);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                viewer.replace(new Line(index, rows.get(index)), index);
            }

            @Override
            public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
                // the rows are set with the columns in show()
            }
        });
    }

    Control control() {
        return viewer.getControl();
    }

    void show(ReportTable table) {
        viewer.getTable().setRedraw(false);
        try {
            for (TableColumn old : viewer.getTable().getColumns()) {
                old.dispose();
            }
            for (int c = 0; c < table.columns().size(); c++) {
                ReportColumn column = table.columns().get(c);
                int index = c;
                TableViewerColumn made = new TableViewerColumn(viewer, column.kind() == ColumnKind.TEXT ? SWT.LEFT : SWT.RIGHT);
                made.getColumn().setText(column.heading());
                made.getColumn().setWidth(switch (column.kind()) {
                case TEXT -> 180;
                case DATE_TIME -> 140;
                default -> 100;
                });
                made.setLabelProvider(new ColumnLabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return column.kind().text(((Line) element).cells().get(index));
                    }
                });
            }
            rows = table.rows();
            viewer.setInput(table);
            viewer.setItemCount(rows.size());
        } finally {
            viewer.getTable().setRedraw(true);
        }
    }

    /** A row with its index: two equal rows are still two lines. */
    private record Line(int index, List<Object> cells) {
    }
}
