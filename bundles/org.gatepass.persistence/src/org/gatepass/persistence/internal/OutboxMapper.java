package org.gatepass.persistence.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.notify.OutboxEntry;
import org.gatepass.core.notify.RecipientRole;

/** SQL for the notification outbox: OutboxMapper.xml. */
public interface OutboxMapper {
    /** A row of an event ({@code passId} null) or of sending a pass ({@code eventId} null). */
    void insert(@Param("eventId") Long eventId, @Param("passId") Long passId, @Param("notifier") String notifier, @Param("role") RecipientRole role,
            @Param("address") String address, @Param("key") String idempotencyKey, @Param("digestKey") String digestKey,
            @Param("now") Instant now);

    List<Long> dueIds(@Param("notifiers") Collection<String> notifiers, @Param("now") Instant now, @Param("limit") int limit);

    /** Takes one row if it is still due; 1 when this call won it. */
    int claim(@Param("id") long id, @Param("now") Instant now, @Param("leaseUntil") Instant leaseUntil, @Param("claim") String claim);

    List<Long> digestPendingIds(@Param("notifier") String notifier, @Param("address") String address, @Param("digestKey") String digestKey);

    /** Takes one pending row, due or not; 1 when this call won it. */
    int claimPending(@Param("id") long id, @Param("leaseUntil") Instant leaseUntil, @Param("claim") String claim);

    Instant lastDigestDelivery(@Param("notifier") String notifier, @Param("address") String address, @Param("digestKey") String digestKey);

    int defer(@Param("id") long id, @Param("claim") String claim, @Param("until") Instant until);

    List<OutboxEntry> claimed(@Param("claim") String claim);

    GateEvent event(@Param("id") long eventId);

    int markDelivered(@Param("id") long id, @Param("claim") String claim, @Param("at") Instant at);

    int scheduleRetry(@Param("id") long id, @Param("claim") String claim, @Param("next") Instant nextAttemptAt,
            @Param("error") String error);

    int markFailed(@Param("id") long id, @Param("claim") String claim, @Param("error") String error);

    /** {@code ids} null: every failed row. */
    int retryFailed(@Param("ids") Collection<Long> ids, @Param("now") Instant now);

    List<StatusCount> counts();

    List<OutboxEntry> recent(@Param("limit") int limit);

    List<OutboxEntry> ofEvent(@Param("eventId") long eventId);
}
