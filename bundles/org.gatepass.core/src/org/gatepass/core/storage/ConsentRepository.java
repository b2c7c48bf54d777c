package org.gatepass.core.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gatepass.core.biometric.Consent;

/** Consents to face enrolment (SPI, implemented by the persistence bundle): a person's newest one is in force unless withdrawn. */
public interface ConsentRepository {

    /** Stores a consent just given; returns it with its id. */
    Consent insert(Consent consent);

    /** The person's consent in force, if any. */
    Optional<Consent> inForce(long personId);

    /** Marks the person's consent in force withdrawn; false when none was in force. */
    boolean withdraw(long personId, String withdrawnBy, Instant at);

    /** Every consent the person gave, oldest first. */
    List<Consent> history(long personId);
}
