package org.gatepass.core.event;

import java.util.Optional;

import org.gatepass.core.security.Actor;

/** Alerts (unknown faces, blocked and inactive persons) and their acknowledgement by an operator. */
public interface AlertService {

    /**
     * Records that the operator has seen the alert and dealt with it; audited. Acknowledging it again keeps
     * the first acknowledgement and answers it.
     * @throws IllegalArgumentException when the event does not exist or is not an alert
     */
    AlertAcknowledgement acknowledge(Actor actor, long eventId, String note);

    Optional<AlertAcknowledgement> acknowledgement(Actor actor, long eventId);
}
