package org.gatepass.core.pass;

import java.io.IOException;
import java.time.ZoneId;

/**
 * Makes a pass's badge to send it: the PDF with its QR code signed at that moment with the installation's key, so that
 * nothing secret waits in the outbox. For Gatepass's own notifiers, as a service.
 */
public interface SignedBadges {

    /**
     * The badge of {@code pass} as an A6 PDF headed by {@code site}, times in {@code zone}.
     * @throws InvalidPassException when the pass is revoked or has ended: it is not sent
     * @throws IOException when the PDF cannot be made or the key cannot be read
     */
    byte[] badge(PassListing pass, String site, ZoneId zone) throws IOException;
}
