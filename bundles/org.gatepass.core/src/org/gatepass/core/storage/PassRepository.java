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

    /** A person's passes, newest first. */
    List<VisitorPass> ofPerson(long personId);
}
