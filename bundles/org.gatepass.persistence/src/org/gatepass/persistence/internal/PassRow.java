package org.gatepass.persistence.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.gatepass.core.pass.PassListing;
import org.gatepass.core.pass.VisitorPass;

/** A {@code visitor_pass} row (its cameras comma-separated), with its visitor's name and e-mails when listed. */
public record PassRow(long id, long personId, String purpose, Instant validFrom, Instant validUntil, String cameras, Instant issuedAt,
        String issuedBy, Instant revokedAt, String revokedBy, String revokeReason, String visitorName, String visitorEmail, String hostEmail) {

    VisitorPass pass() {
        List<String> list = cameras == null || cameras.isBlank() ? List.of() : Arrays.asList(cameras.split(","));
        return new VisitorPass(id, personId, purpose, validFrom, validUntil, list, issuedAt, issuedBy, revokedAt, revokedBy, revokeReason);
    }

    PassListing listing() {
        return new PassListing(pass(), visitorName, visitorEmail, hostEmail);
    }
}
