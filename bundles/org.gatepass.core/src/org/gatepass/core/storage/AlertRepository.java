package org.gatepass.core.storage;

import java.time.Instant;
import java.util.Optional;

import org.gatepass.core.event.AlertAcknowledgement;

/** Acknowledgements of alerts (SPI, implemented by the persistence bundle). */
public interface AlertRepository {

    /** Stores the acknowledgement; false when the alert was acknowledged already (the first one stands). */
    boolean acknowledge(long eventId, long operatorId, String operatorName, Instant at, String note);

    Optional<AlertAcknowledgement> acknowledgement(long eventId);
}
