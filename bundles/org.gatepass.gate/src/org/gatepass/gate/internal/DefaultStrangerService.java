package org.gatepass.gate.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.gatepass.core.audit.AuditAction;
import org.gatepass.core.audit.AuditRecord;
import org.gatepass.core.audit.AuditValues;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonService;
import org.gatepass.core.security.AccessControl;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;
import org.gatepass.core.storage.AuditTrail;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.core.storage.PersonRepository;
import org.gatepass.core.storage.StrangerRepository;
import org.gatepass.core.storage.Transactions;
import org.gatepass.core.stranger.Stranger;
import org.gatepass.core.stranger.StrangerQuery;
import org.gatepass.gate.EnrollmentReport;
import org.gatepass.gate.EnrollmentService;
import org.gatepass.gate.StrangerService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = StrangerService.class)
public final class DefaultStrangerService implements StrangerService {
    /** Snapshots enrolled for a new person: the newest sightings, enough for a few good shots. */
    private static final int ENROLLED_SIGHTINGS = 10;

    private final StrangerRepository strangers;
    private final GateEventRepository events;
    private final PersonService persons;
    private final PersonRepository people;
    private final EnrollmentService enrollment;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public DefaultStrangerService(@Reference StrangerRepository strangers, @Reference GateEventRepository events, @Reference PersonService persons,
            @Reference PersonRepository people, @Reference EnrollmentService enrollment, @Reference AccessControl access, @Reference AuditTrail audit,
            @Reference Transactions transactions) {
        this.strangers = strangers;
        this.events = events;
        this.persons = persons;
        this.people = people;
        this.enrollment = enrollment;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public List<Stranger> strangers(Actor actor, StrangerQuery query) {
        access.require(actor, Permission.IDENTIFY_STRANGERS);
        return strangers.find(query);
    }

    @Override
    public List<Long> sightings(Actor actor, long strangerId) {
        access.require(actor, Permission.IDENTIFY_STRANGERS);
        return strangers.sightings(strangerId);
    }

    @Override
    public List<Person> findPersons(Actor actor, String text, int limit) {
        access.require(actor, Permission.IDENTIFY_STRANGERS);
        return people.search(text == null ? "" : text.strip(), Math.max(1, Math.min(limit, 100)));
    }

    @Override
    public void thisWas(Actor actor, long strangerId, long personId) {
        access.require(actor, Permission.IDENTIFY_STRANGERS);
        Person person = people.findById(personId).orElseThrow(() -> new IllegalArgumentException("Person " + personId + " does not exist."));
        name(actor, strangerId, person, Map.of("person", person.name()));
    }

    @Override
    public EnrollmentReport enrolAsNewPerson(Actor actor, long strangerId, Person person, String consent) {
        access.require(actor, Permission.MANAGE_PERSONS);
        access.require(actor, Permission.ENROL_FACES);
        if (consent == null || consent.isBlank()) {
            throw new IllegalArgumentException("Record the consent the person gave before enrolling their face.");
        }
        List<Long> sightings = strangers.sightings(strangerId);
        if (sightings.isEmpty()) {
            throw new IllegalArgumentException("Stranger " + strangerId + " does not exist or has no pictures.");
        }
        Person created = persons.create(actor, person);
        enrollment.recordConsent(actor, created.id(), consent);
        Path folder = snapshots(sightings.subList(0, Math.min(ENROLLED_SIGHTINGS, sightings.size())));
        try {
            EnrollmentReport report = enrollment.enrollPhotos(actor, created.id(), files(folder));
            name(actor, strangerId, created, Map.of("person", created.name(), "consent", consent.strip(), "enrolled", report.enrolled()));
            return report;
        } finally {
            delete(folder);
        }
    }

    private void name(Actor actor, long strangerId, Person person, Map<String, Object> after) {
        transactions.inTransaction(() -> {
            if (!strangers.name(strangerId, person.id(), actor.username(), clock.instant())) {
                throw new IllegalArgumentException("Stranger " + strangerId + " does not exist or was named already.");
            }
            audit.append(new AuditRecord(actor, AuditAction.STRANGER_NAME, "stranger " + strangerId, "", AuditValues.of(after)));
            return null;
        });
    }

    /** The sightings' snapshots as JPEG files in a folder of their own, for enrolment. */
    private Path snapshots(List<Long> eventIds) {
        try {
            Path folder = Files.createTempDirectory("gatepass-stranger-");
            for (long eventId : eventIds) {
                byte[] jpeg = events.snapshot(eventId).orElse(null);
                if (jpeg != null) {
                    Files.write(folder.resolve("sighting-" + eventId + ".jpg"), jpeg);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("The stranger's pictures could not be prepared for enrolment: " + e.getMessage(), e);
        }
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        } catch (IOException e) {
            return;
        }
        for (Path path : paths) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // a temporary file left behind is removed with the system's temporary files
            }
        }
    }
}
