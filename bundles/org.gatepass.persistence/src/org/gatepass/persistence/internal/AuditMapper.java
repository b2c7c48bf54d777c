package org.gatepass.persistence.internal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Param;

/** SQL for the audit trail: AuditMapper.xml. Rows are only ever inserted. */
public interface AuditMapper {
    /** The chain's head, locked until the transaction ends. */
    AuditHead lockHead();

    AuditHead head();

    void insert(@Param("r") AuditRow row);

    void moveHead(@Param("seq") long seq, @Param("hash") String hash);

    List<AuditRow> find(@Param("operator") String operator, @Param("action") String action, @Param("from") Instant from,
            @Param("to") Instant to, @Param("offset") int offset, @Param("limit") int limit);

    int count(@Param("operator") String operator, @Param("action") String action, @Param("from") Instant from, @Param("to") Instant to);

    /** Rows after {@code afterSeq} in chain order, at most {@code limit}. */
    List<AuditRow> chain(@Param("afterSeq") long afterSeq, @Param("limit") int limit);
}
