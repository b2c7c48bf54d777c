package org.gatepass.gate;

import java.util.List;

import org.gatepass.core.person.Person;
import org.gatepass.core.security.Actor;
import org.gatepass.core.stranger.Stranger;
import org.gatepass.core.stranger.StrangerQuery;

/**
 * The unknown-face gallery: strangers the gate saw, searchable by time and camera (IDENTIFY_STRANGERS), named as an
 * existing person, or enrolled as a new one from their snapshots (MANAGE_PERSONS and ENROL_FACES). Naming is audited.
 */
public interface StrangerService {

    List<Stranger> strangers(Actor actor, StrangerQuery query);

    /** The alerts that saw the stranger, newest first: their snapshots are the stranger's pictures. */
    List<Long> sightings(Actor actor, long strangerId);

    /** Persons whose name or ID contains {@code text}, to say who a stranger was (the security desk may not browse persons otherwise). */
    List<Person> findPersons(Actor actor, String text, int limit);

    /**
     * Records that the stranger was this person, e.g. one whose face was not recognised that day. Their pictures are
     * not enrolled by this: enrol the person to have them recognised.
     * @throws IllegalArgumentException when the stranger or person does not exist, or the stranger was named already
     */
    void thisWas(Actor actor, long strangerId, long personId);

    /**
     * Creates the person, enrols the stranger's snapshots as their face (each reported) and names the stranger after
     * them; {@code consent} is the consent text the person agreed to, kept in the audit trail.
     * @throws IllegalArgumentException when the consent is blank or the stranger does not exist
     */
    EnrollmentReport enrolAsNewPerson(Actor actor, long strangerId, Person person, String consent);
}
