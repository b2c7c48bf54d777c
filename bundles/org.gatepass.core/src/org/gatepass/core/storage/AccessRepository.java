package org.gatepass.core.storage;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.gatepass.core.access.AccessLevel;
import org.gatepass.core.access.AccessSetup;
import org.gatepass.core.access.Gate;
import org.gatepass.core.access.Holiday;
import org.gatepass.core.access.PresenceRule;
import org.gatepass.core.person.PersonCategory;

/** Gates, access levels, holidays and who holds which level (SPI, implemented by the persistence bundle). */
public interface AccessRepository {

    AccessSetup setup();

    Optional<Gate> findGate(long gateId);

    /** Inserts (id null) or replaces a gate with its cameras; returns it with its id. */
    Gate saveGate(Gate gate);

    boolean deleteGate(long gateId);

    Optional<AccessLevel> findLevel(long levelId);

    /** Inserts (id null) or replaces a level with its gates and windows; returns it with its id. */
    AccessLevel saveLevel(AccessLevel level);

    boolean deleteLevel(long levelId);

    /** Inserts or renames the holiday of that day. */
    void saveHoliday(Holiday holiday);

    boolean deleteHoliday(LocalDate day);

    /** The ids of the levels a person holds directly. */
    Set<Long> personLevels(long personId);

    /** The ids of the levels a person holds directly or through their category: what the gate checks. */
    Set<Long> levelsHeld(long personId, PersonCategory category);

    /** The ids of the persons holding a level directly. */
    Set<Long> holders(long levelId);

    /** Gives or takes back a level; false when nothing changed. */
    boolean setPersonLevel(long personId, long levelId, boolean held);

    boolean setCategoryLevel(PersonCategory category, long levelId, boolean held);

    /** Inserts (id null) or replaces a rule that watches the time; returns it with its id. */
    PresenceRule savePresenceRule(PresenceRule rule);

    /** Removes a rule and its record of whom it alerted. */
    boolean deletePresenceRule(long ruleId);
}
