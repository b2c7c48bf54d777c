package org.gatepass.persistence.internal;

import java.time.Instant;

import org.apache.ibatis.annotations.Param;
import org.gatepass.core.event.Decision;

/** SQL for retention: RetentionMapper.xml. {@code decision} null: events of every decision. */
public interface RetentionMapper {
    int notificationsOfEvents(@Param("before") Instant before, @Param("decision") Decision decision);

    int events(@Param("before") Instant before, @Param("decision") Decision decision);

    int pictures(@Param("before") Instant before, @Param("decision") Decision decision);

    int strangers(@Param("before") Instant before);

    int delivered(@Param("before") Instant before);
}
