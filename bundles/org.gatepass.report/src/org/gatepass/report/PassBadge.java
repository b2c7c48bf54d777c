package org.gatepass.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;

import org.gatepass.core.pass.PassListing;

/**
 * A visitor's printed pass: an A6 badge with the visitor, host, purpose, validity and gates, and the pass's QR code
 * drawn as vector squares, so it scans however it is printed. Getting the code needs MANAGE_VISITORS (PassService).
 */
public interface PassBadge {

    void writePdf(PassListing pass, String code, String site, ZoneId zone, OutputStream out) throws IOException;
}
