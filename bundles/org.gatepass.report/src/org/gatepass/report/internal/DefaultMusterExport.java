package org.gatepass.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.ZoneId;
import java.util.List;

import org.gatepass.core.csv.CsvWriter;
import org.gatepass.core.presence.PresenceBoard;
import org.gatepass.core.presence.PresenceEntry;
import org.gatepass.report.MusterExport;
import org.osgi.service.component.annotations.Component;

@Component(service = MusterExport.class)
public final class DefaultMusterExport implements MusterExport {

    @Override
    public void writeCsv(PresenceBoard board, Writer out) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.line(List.of("Name", "ID", "Category", "Gate", "Inside since (UTC)"));
        for (PresenceEntry entry : board.inside()) {
            csv.line(List.of(entry.name(), entry.externalId() == null ? "" : entry.externalId(), entry.category().label(), entry.gate(),
                    entry.since().toString()));
        }
        out.flush();
    }

    @Override
    public void writePdf(PresenceBoard board, String site, ZoneId zone, OutputStream out) throws IOException {
        new MusterPdf(board, site, zone).write(out);
    }
}
