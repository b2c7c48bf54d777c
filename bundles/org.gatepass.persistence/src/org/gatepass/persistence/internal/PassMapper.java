package org.gatepass.persistence.internal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.gatepass.core.pass.VisitorPass;

/** SQL for visitor passes: PassMapper.xml. */
public interface PassMapper {
    void insert(@Param("p") VisitorPass pass, @Param("cameras") String cameras, @Param("issuedAt") Instant issuedAt,
            @Param("issuedBy") String issuedBy, @Param("key") GeneratedKey key);

    PassRow find(@Param("id") long id);

    List<PassRow> list(@Param("endedAfter") Instant endedAfter, @Param("limit") int limit);

    int revoke(@Param("id") long id, @Param("at") Instant at, @Param("by") String by, @Param("reason") String reason);

    List<PassRow> ofPerson(@Param("personId") long personId);
}
