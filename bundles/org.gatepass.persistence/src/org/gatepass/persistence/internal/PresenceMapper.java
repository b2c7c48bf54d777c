package org.gatepass.persistence.internal;

import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.gatepass.core.presence.PresenceEntry;

/** SQL for the presence board: PresenceMapper.xml. */
public interface PresenceMapper {
    List<PresenceEntry> inside();

    List<PresenceEntry> insideArea(@Param("area") String area);

    List<String> areas();
}
