package org.gatepass.persistence.internal;

import java.time.Instant;

import org.apache.ibatis.annotations.Param;
import org.gatepass.core.event.AlertAcknowledgement;

/** SQL for alert acknowledgements: AlertMapper.xml. */
public interface AlertMapper {
    /** The event's id, its row locked until the transaction ends; null when there is no such event. */
    Long lockEvent(@Param("eventId") long eventId);

    int acknowledge(@Param("eventId") long eventId, @Param("operatorId") long operatorId, @Param("operatorName") String operatorName,
            @Param("at") Instant at, @Param("note") String note);

    AlertAcknowledgement find(@Param("eventId") long eventId);
}
