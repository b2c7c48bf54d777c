package org.gatepass.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

import org.gatepass.core.presence.PresenceBoard;

/**
 * The muster list: everybody inside at the board's time, with the counts by category and gate, for the roll call
 * at an assembly point. Reading the board needs VIEW_PRESENCE (PresenceService); writing it needs nothing more.
 */
public interface MusterExport {

    /** One line per person: name, ID, category, gate, inside since (UTC, ISO 8601). */
    void writeCsv(PresenceBoard board, Writer out) throws IOException;

    /** A printable A4 list headed by {@code site} and the board's time in {@code zone}, paginated, with the counts. */
    void writePdf(PresenceBoard board, String site, java.time.ZoneId zone, OutputStream out) throws IOException;
}
