package org.gatepass.core.access;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.security.Actor;

/**
 * Setting up who may pass where and when (MANAGE_ACCESS): gates and their cameras, access levels with their weekly
 * schedules, holidays, and the levels persons hold directly or through their category. Every change is validated
 * ({@link InvalidAccessException} lists every problem) and audited; gates follow changes within seconds.
 */
public interface AccessService {

    AccessSetup setup(Actor actor);

    /** Stores a new gate (id null) or changes one; a camera belongs to one gate. */
    Gate saveGate(Actor actor, Gate gate);

    /** Removes a gate; its cameras become unrestricted, levels lose it. */
    void deleteGate(Actor actor, long gateId);

    /** Stores a new level (id null) or changes one. */
    AccessLevel saveLevel(Actor actor, AccessLevel level);

    /** Removes a level, and it from everybody who held it. */
    void deleteLevel(Actor actor, long levelId);

    Holiday saveHoliday(Actor actor, Holiday holiday);

    void deleteHoliday(Actor actor, LocalDate day);

    /** The levels a person holds directly (not those of their category). */
    List<AccessLevel> levelsOf(Actor actor, long personId);

    /** Gives a person a level, or takes it back ({@code held} false). */
    void setPersonLevel(Actor actor, long personId, long levelId, boolean held);

    /** The persons holding a level directly, by name. */
    List<Person> holders(Actor actor, long levelId);

    /**
     * Makes exactly these persons (by the site's ID) hold a level directly: the others lose it. Unknown IDs are refused,
     * all of them named, and nothing changes.
     */
    void setHolders(Actor actor, long levelId, Collection<String> externalIds);

    /** Gives every person of a category a level, or takes it back. */
    void setCategoryLevel(Actor actor, PersonCategory category, long levelId, boolean held);

    /** Stores a new rule that watches the time (id null) or changes one. */
    PresenceRule savePresenceRule(Actor actor, PresenceRule rule);

    /** Removes a rule; the alerts it raised stay. */
    void deletePresenceRule(Actor actor, long ruleId);
}
