package org.gatepass.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gatepass.core.audit.AuditAction;
import org.gatepass.core.audit.AuditRecord;
import org.gatepass.core.audit.AuditValues;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.person.Person;
import org.gatepass.core.presence.PresenceBoard;
import org.gatepass.core.presence.PresenceService;
import org.gatepass.core.security.AccessControl;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;
import org.gatepass.core.storage.AuditTrail;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.core.storage.PersonRepository;
import org.gatepass.core.storage.PresenceRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PresenceService.class)
public final class DefaultPresenceService implements PresenceService {
    private static final int MAX_REASON = 500;

    private final PresenceRepository presence;
    private final GateEventRepository events;
    private final PersonRepository persons;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public DefaultPresenceService(@Reference PresenceRepository presence, @Reference GateEventRepository events,
            @Reference PersonRepository persons, @Reference AccessControl access, @Reference AuditTrail audit) {
        this.presence = presence;
        this.events = events;
        this.persons = persons;
        this.access = access;
        this.audit = audit;
    }

    @Override
    public PresenceBoard inside(Actor actor, String area) {
        access.require(actor, Permission.VIEW_PRESENCE);
        Instant at = clock.instant();
        return new PresenceBoard(at, presence.inside(area == null ? SITE : area.strip()));
    }

    @Override
    public List<String> areas(Actor actor) {
        access.require(actor, Permission.VIEW_PRESENCE);
        return presence.areas();
    }

    @Override
    public GateEvent markOut(Actor actor, long personId, String reason) {
        access.require(actor, Permission.CORRECT_PRESENCE);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new IllegalArgumentException("Say why the person is marked out (for example: left by the fire exit).");
        }
        if (why.length() > MAX_REASON) {
            throw new IllegalArgumentException("The reason is at most " + MAX_REASON + " characters long.");
        }
        Person person = persons.findById(personId).orElseThrow(() -> new IllegalArgumentException("Person " + personId + " does not exist."));
        // the audit row is written in the movement's transaction, under the lock on the person's presence
        Optional<GateEvent> out = events.recordMovement(personId, MARKED_BY_HAND, state -> {
            if (state.direction() != Direction.IN) {
                return Optional.empty();
            }
            audit.append(new AuditRecord(actor, AuditAction.PRESENCE_MARK_OUT, DefaultPersonService.subject(person), AuditValues.of(Map.of("presence", "In")),
                    AuditValues.of(Map.of("presence", "Out", "reason", why))));
            return Optional.of(new GateEvent(null, personId, MARKED_BY_HAND, Direction.OUT, Decision.ADMITTED, null, clock.instant()));
        });
        return out.orElseThrow(() -> new IllegalArgumentException(person.name() + " is not inside: nothing to mark out."));
    }
}
