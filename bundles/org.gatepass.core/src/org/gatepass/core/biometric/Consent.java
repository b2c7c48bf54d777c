package org.gatepass.core.biometric;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's agreement to have their face enrolled: the text they agreed to, which operator recorded it and when, and,
 * once they take it back, who recorded the withdrawal and when. No face of a person is enrolled without a consent in
 * force; withdrawing it erases their face templates.
 */
public record Consent(Long id, long personId, String text, String recordedBy, Instant recordedAt, String withdrawnBy, Instant withdrawnAt) {
    /** What Gatepass asks a person to agree to unless the operator words it otherwise. */
    public static final String STANDARD_TEXT = "I agree that my face is kept as a face template and used to recognise me at the gates of this site. "
            + "I can withdraw this at any time; my face data is then erased.";
    /** The longest consent text kept. */
    public static final int MAX_TEXT = 4000;

    public Consent {
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The text the person agreed to is required");
        }
        text = text.strip();
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("A consent text has at most " + MAX_TEXT + " characters, not " + text.length());
        }
    }

    /** A consent just given, not stored yet. */
    public static Consent given(long personId, String text, String recordedBy, Instant at) {
        return new Consent(null, personId, text, recordedBy, at, null, null);
    }

    public boolean inForce() {
        return withdrawnAt == null;
    }
}
