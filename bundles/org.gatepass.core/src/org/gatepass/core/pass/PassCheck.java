package org.gatepass.core.pass;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * What a code shown at a camera means: the visitor it admits, or why it is refused. Pure: the caller supplies the
 * pass key, a lookup of stored passes and the time. A code whose MAC fails is forged or altered; one whose validity
 * differs from its stored pass was issued before the pass was changed.
 */
public final class PassCheck {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    public PassCheck(ZoneId zone) {
        this.zone = zone;
    }

    /** The outcome: {@code pass} is set when the code named a stored pass, {@code refusal} when it is refused. */
    public record Verdict(VisitorPass pass, String refusal) {
        public boolean admitted() {
            return refusal == null;
        }
    }

    public Verdict check(byte[] key, String code, LongFunction<Optional<VisitorPass>> passes, String cameraId, Instant now) {
        if (key == null) {
            return new Verdict(null, "this station has no pass key and cannot check passes");
        }
        Optional<PassToken.Claims> claims = PassToken.verify(key, code);
        if (claims.isEmpty()) {
            return new Verdict(null, "forged or altered pass code");
        }
        Optional<VisitorPass> stored = passes.apply(claims.get().passId());
        if (stored.isEmpty()) {
            return new Verdict(null, "pass " + claims.get().passId() + " does not exist");
        }
        VisitorPass pass = stored.get();
        if (!pass.validFrom().equals(claims.get().validFrom()) || !pass.validUntil().equals(claims.get().validUntil())) {
            return new Verdict(pass, "an outdated code of pass " + pass.id() + " (its validity was changed)");
        }
        return switch (pass.state(now)) {
            case REVOKED -> new Verdict(pass, "pass " + pass.id() + " was revoked" + (pass.revokeReason() == null || pass.revokeReason().isBlank()
                    ? "" : ": " + pass.revokeReason()));
            case NOT_YET_VALID -> new Verdict(pass, "pass " + pass.id() + " is valid from " + format(pass.validFrom()));
            case EXPIRED -> new Verdict(pass, "pass " + pass.id() + " expired at " + format(pass.validUntil()));
            case VALID -> pass.opens(cameraId) ? new Verdict(pass, null)
                    : new Verdict(pass, "pass " + pass.id() + " does not open camera " + cameraId);
        };
    }

    private String format(Instant at) {
        return WHEN.format(at.atZone(zone));
    }
}
