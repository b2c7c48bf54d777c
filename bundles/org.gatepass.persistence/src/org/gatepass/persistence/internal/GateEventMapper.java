package org.gatepass.persistence.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.event.PresenceState;

/** SQL for gate events, presence and the attendance log: GateEventMapper.xml. */
public interface GateEventMapper {
    void insert(@Param("e") GateEvent event, @Param("key") GeneratedKey key);

    void insertSnapshot(@Param("eventId") long eventId, @Param("jpeg") byte[] jpeg);

    /** A list because MyBatis takes an array return type for many rows; holds at most one picture. */
    List<byte[]> snapshot(@Param("eventId") long eventId);

    /** Creates the person's presence row, empty, unless it exists. */
    void ensurePresence(@Param("personId") long personId);

    /** Reads the person's presence and holds its row lock until the transaction ends. */
    PresenceState lockPresence(@Param("personId") long personId);

    /** The id of the event stored from the journal entry {@code key}, null if none. */
    Long idByJournalKey(@Param("key") String key);

    void insertJournaled(@Param("e") GateEvent event, @Param("journalKey") String journalKey, @Param("key") GeneratedKey key);

    /** Sets the person's presence to the event's, unless the stored presence is newer (another station moved them since). */
    void advancePresence(@Param("e") GateEvent event, @Param("eventId") long eventId);

    void upsertPresence(@Param("e") GateEvent event, @Param("eventId") long eventId);

    /** {@code sort} is an {@link org.gatepass.core.event.EventLogSort} name, matched in the XML, never spliced. */
    List<EventLogEntry> log(@Param("pattern") String pattern, @Param("sort") String sort, @Param("ascending") boolean ascending,
            @Param("offset") int offset, @Param("limit") int limit);

    int count(@Param("pattern") String pattern);

    Long latestId();

    GateEvent find(@Param("id") long id);

    Long lockPresenceRule(@Param("ruleId") long ruleId);

    List<PresenceState> ruleCandidates(@Param("ruleId") long ruleId, @Param("day") LocalDate day, @Param("category") String category);

    void insertRuleAlert(@Param("ruleId") long ruleId, @Param("day") LocalDate day, @Param("personId") long personId, @Param("eventId") long eventId);

    String areaOfCamera(@Param("cameraId") String cameraId);

    void ensureAreaPresence(@Param("personId") long personId, @Param("area") String area);

    PresenceState lockAreaPresence(@Param("personId") long personId, @Param("area") String area);

    void advanceAreaPresence(@Param("e") GateEvent event, @Param("eventId") long eventId, @Param("area") String area);

    void upsertAreaPresence(@Param("e") GateEvent event, @Param("eventId") long eventId, @Param("area") String area);
}
