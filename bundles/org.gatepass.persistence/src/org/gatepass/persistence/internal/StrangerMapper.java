package org.gatepass.persistence.internal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.gatepass.core.stranger.StrangerQuery;

/** SQL for strangers: StrangerMapper.xml. */
public interface StrangerMapper {
    void insert(@Param("embedder") String embedder, @Param("camera") String camera, @Param("seen") Instant seen, @Param("key") GeneratedKey key);

    int seal(@Param("id") long id, @Param("centroid") byte[] centroid);

    int sighted(@Param("id") long id, @Param("centroid") byte[] centroid, @Param("camera") String camera, @Param("seen") Instant seen);

    int assign(@Param("eventId") long eventId, @Param("id") long id);

    List<CentroidRow> recent(@Param("embedder") String embedder, @Param("since") Instant since);

    List<StrangerRow> find(@Param("q") StrangerQuery query);

    List<String> cameras(@Param("id") long id);

    List<Long> sightings(@Param("id") long id);

    String embedderOf(@Param("id") long id);

    int name(@Param("id") long id, @Param("personId") long personId, @Param("by") String namedBy, @Param("at") Instant at);

    /** A stored centroid, still sealed. */
    record CentroidRow(long id, String embedder, byte[] centroid, int sightings) {
    }

    /** A stranger as listed, before its cameras are read. */
    record StrangerRow(long id, Instant firstSeen, Instant lastSeen, int sightings, Long newestEventId, Long namedPersonId, String namedPersonName,
            String namedBy) {
    }
}
