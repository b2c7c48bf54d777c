package org.gatepass.persistence.internal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.gatepass.core.event.AlertAcknowledgement;

/** SQL for alert acknowledgements: AlertMapper.xml. */
public interface AlertMapper {
    /** The event's id, its row locked until the transaction ends; null when there is no such event. */
    Long lockEvent(@Param("eventId") long eventId);

    int acknowledge(@Param("eventId") long eventId, @Param("operatorId") long operatorId, @Param("operatorName") String operatorName,
            @Param("at") Instant at, @Param("note") String note);

    AlertAcknowledgement find(@Param("eventId") long eventId);

    List<AlertRow> desk(@Param("since") Instant since, @Param("withResolved") boolean withResolved, @Param("limit") int limit);

    /** Sets the resolution of an acknowledged alert not resolved yet; 1 when it did. */
    int resolve(@Param("eventId") long eventId, @Param("operatorName") String operatorName, @Param("at") Instant at,
            @Param("comment") String comment);
}
