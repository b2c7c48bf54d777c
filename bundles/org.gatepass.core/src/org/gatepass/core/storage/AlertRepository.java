package org.gatepass.core.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gatepass.core.alert.AlertEntry;
import org.gatepass.core.event.AlertAcknowledgement;

/** Acknowledgements of alerts (SPI, implemented by the persistence bundle). */
public interface AlertRepository {

    /** Stores the acknowledgement; false when the alert was acknowledged already (the first one stands). */
    boolean acknowledge(long eventId, long operatorId, String operatorName, Instant at, String note);

    Optional<AlertAcknowledgement> acknowledgement(long eventId);

    /** Alerts since {@code since}, newest first, with their state; resolved ones only when asked for. */
    List<AlertEntry> desk(Instant since, boolean withResolved, int limit);

    /** Resolves the alert (acknowledging it too if nobody had); false when it was resolved already. */
    boolean resolve(long eventId, long operatorId, String operatorName, Instant at, String comment);
}
