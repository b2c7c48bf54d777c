package org.gatepass.persistence.internal;

import org.apache.ibatis.annotations.Param;

/** SQL for erasing a person: ErasureMapper.xml. Each statement answers how many rows it changed. */
public interface ErasureMapper {
    int exists(@Param("personId") long personId);

    int templates(@Param("personId") long personId);

    int pictures(@Param("personId") long personId);

    int notifications(@Param("personId") long personId);

    int passes(@Param("personId") long personId);

    int consents(@Param("personId") long personId);

    int presence(@Param("personId") long personId);

    int areaPresence(@Param("personId") long personId);

    int levels(@Param("personId") long personId);

    int ruleAlerts(@Param("personId") long personId);

    int unlinkStrangers(@Param("personId") long personId);

    int strangers(@Param("personId") long personId);

    int anonymiseEvents(@Param("personId") long personId);

    int person(@Param("personId") long personId);
}
