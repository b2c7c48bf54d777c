package org.gatepass.core.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gatepass.core.pass.PassListing;
import org.gatepass.core.pass.VisitorPass;

/** Stored visitor passes (SPI, implemented by the persistence bundle). */
public interface PassRepository {
    /** Stores a new pass and returns it with its id. */
    VisitorPass insert(VisitorPass pass, Instant issuedAt, String issuedBy);

    Optional<VisitorPass> find(long id);

    /** Passes not revoked nor expired before {@code endedAfter}, and those that ended after it, newest first, at most {@code limit}. */
    List<PassListing> list(Instant endedAfter, int limit);

    /** Marks a pass revoked; false when it does not exist or was revoked already. */
    boolean revoke(long id, Instant at, String by, String reason);

    /** The pass with its visitor's name and e-mail and the host's e-mail. */
    Optional<PassListing> listing(long id);

    /**
     * Queues the sending of a pass to its visitor: asks the registered notification planner who sends it and writes
     * their outbox rows in the caller's transaction. Returns how many messages were queued (none while no notifier
     * sends passes).
     */
    int queueInvitation(long id, Instant askedAt);

    /** A person's passes, newest first. */
    List<VisitorPass> ofPerson(long personId);
}
