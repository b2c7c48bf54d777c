package org.gatepass.core.pass;

import java.time.Instant;
import java.util.List;

import org.gatepass.core.person.Person;
import org.gatepass.core.security.Actor;

/**
 * Visitor passes for the reception (MANAGE_VISITORS): issue one to a new or known visitor, list them, revoke one,
 * and give a pass's QR code again for printing. Every change is audited.
 */
public interface PassService {
    /** The longest a pass may be valid. */
    java.time.Duration LONGEST = java.time.Duration.ofDays(31);

    /**
     * Issues a pass. A visitor without an id is registered first (category Visitor; their guardian/host e-mail is the
     * host, who is told of their arrival), in the same transaction.
     * @throws InvalidPassException with every problem of the pass and the visitor
     */
    IssuedPass issue(Actor actor, Person visitor, String purpose, Instant validFrom, Instant validUntil, List<String> cameras);

    /** Passes still valid, not yet valid, or ended (expired or revoked) after {@code endedAfter}, newest first. */
    List<PassListing> list(Actor actor, Instant endedAfter);

    /** Revokes a pass: its code is refused from now on. A reason is required. */
    VisitorPass revoke(Actor actor, long passId, String reason);

    /**
     * Sends the pass to its visitor by e-mail through the notification outbox: the badge as a PDF, its code signed at
     * delivery. Audited. Returns how many messages were queued.
     * @throws InvalidPassException when the pass is revoked or ended, or the visitor has no e-mail address
     */
    int email(Actor actor, long passId);

    /** The text of a pass's QR code, to print or send it again. */
    String code(Actor actor, long passId);
}
