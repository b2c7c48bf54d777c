package org.gatepass.report;

import java.io.IOException;
import java.io.OutputStream;

import org.gatepass.core.report.ReportTable;

/** Writes any report, Gatepass's own or a plug-in's, as CSV, Excel or PDF; the PDF is also what is printed. */
public interface ReportExport {

    /** Writes {@code table}; {@code site} heads the PDF (ignored by CSV and Excel). Does not close {@code out}. */
    void write(ReportTable table, ExportFormat format, String site, OutputStream out) throws IOException;
}
