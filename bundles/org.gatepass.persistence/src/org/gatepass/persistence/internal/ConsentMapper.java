package org.gatepass.persistence.internal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.gatepass.core.biometric.Consent;

/** SQL for consents: ConsentMapper.xml. */
public interface ConsentMapper {
    void insert(@Param("c") Consent consent, @Param("key") GeneratedKey key);

    Consent latest(@Param("personId") long personId);

    int withdraw(@Param("personId") long personId, @Param("by") String by, @Param("at") Instant at);

    List<Consent> history(@Param("personId") long personId);
}
