package org.gatepass.core.pass;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A visitor's gate pass: who (a person of category Visitor, whose guardian/host e-mail names the host), why, when
 * and where. {@code cameras} lists the cameras it opens; empty for every camera. Times are whole minutes, as the
 * token carries them. A revoked pass stays stored with who revoked it and why.
 */
public record VisitorPass(Long id, long personId, String purpose, Instant validFrom, Instant validUntil, List<String> cameras,
        Instant issuedAt, String issuedBy, Instant revokedAt, String revokedBy, String revokeReason) {

    /** Where a pass stands at a moment. */
    public enum State {
        NOT_YET_VALID, VALID, EXPIRED, REVOKED
    }

    public VisitorPass {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        validFrom = validFrom.truncatedTo(ChronoUnit.MINUTES);
        validUntil = validUntil.truncatedTo(ChronoUnit.MINUTES);
        purpose = purpose == null ? "" : purpose.strip();
        cameras = cameras == null ? List.of() : cameras.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
    }

    /** A pass not yet stored. */
    public static VisitorPass newPass(long personId, String purpose, Instant validFrom, Instant validUntil, List<String> cameras) {
        return new VisitorPass(null, personId, purpose, validFrom, validUntil, cameras, null, null, null, null, null);
    }

    public State state(Instant now) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        if (now.isBefore(validFrom)) {
            return State.NOT_YET_VALID;
        }
        return now.isBefore(validUntil) ? State.VALID : State.EXPIRED;
    }

    public boolean opens(String cameraId) {
        return cameras.isEmpty() || cameras.contains(cameraId);
    }

    public VisitorPass withId(long newId, Instant issued, String issuer) {
        return new VisitorPass(newId, personId, purpose, validFrom, validUntil, cameras, issued, issuer, null, null, null);
    }
}
