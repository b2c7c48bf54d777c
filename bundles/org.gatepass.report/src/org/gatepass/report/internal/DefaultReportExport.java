package org.gatepass.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.gatepass.core.report.ReportTable;
import org.gatepass.report.ExportFormat;
import org.gatepass.report.ReportExport;
import org.osgi.service.component.annotations.Component;

@Component(service = ReportExport.class)
public final class DefaultReportExport implements ReportExport {

    @Override
    public void write(ReportTable table, ExportFormat format, String site, OutputStream out) throws IOException {
        switch (format) {
        case CSV -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            ReportCsv.write(table, writer);
        }
        case XLSX -> ReportXlsx.write(table, out);
        case PDF -> new TablePdf(table, site == null ? "" : site).write(out);
        }
    }
}
