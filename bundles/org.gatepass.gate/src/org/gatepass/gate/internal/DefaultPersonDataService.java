package org.gatepass.gate.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.gatepass.core.audit.AuditAction;
import org.gatepass.core.audit.AuditRecord;
import org.gatepass.core.audit.AuditValues;
import org.gatepass.core.biometric.Consent;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.json.JsonObject;
import org.gatepass.core.pass.VisitorPass;
import org.gatepass.core.person.Person;
import org.gatepass.core.security.AccessControl;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;
import org.gatepass.core.storage.AuditTrail;
import org.gatepass.core.storage.ConsentRepository;
import org.gatepass.core.storage.FaceTemplateRepository;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.core.storage.PassRepository;
import org.gatepass.core.storage.PersonErasure;
import org.gatepass.core.storage.PersonRepository;
import org.gatepass.core.storage.ReportRepository;
import org.gatepass.core.storage.Transactions;
import org.gatepass.gate.DataExport;
import org.gatepass.gate.ErasureReport;
import org.gatepass.gate.PersonDataService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PersonDataService.class)
public final class DefaultPersonDataService implements PersonDataService {
    /** Every event of the person, however many: the export is their whole record. */
    private static final int ALL_EVENTS = Integer.MAX_VALUE;

    private final PersonRepository persons;
    private final PersonErasure erasure;
    private final Gallery gallery;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Records records;

    /** Where a person's record is read from for an export. */
    record Records(ConsentRepository consents, ReportRepository reports, GateEventRepository events, PassRepository passes,
            FaceTemplateRepository templates) {
    }

    @Activate
    public DefaultPersonDataService(@Reference PersonRepository persons, @Reference PersonErasure erasure, @Reference Gallery gallery,
            @Reference AccessControl access, @Reference AuditTrail audit, @Reference Transactions transactions,
            @Reference ConsentRepository consents, @Reference ReportRepository reports, @Reference GateEventRepository events,
            @Reference PassRepository passes, @Reference FaceTemplateRepository templates) {
        this.persons = persons;
        this.erasure = erasure;
        this.gallery = gallery;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
        this.records = new Records(consents, reports, events, passes, templates);
    }

    @Override
    public DataExport export(Actor actor, long personId, Path zip) throws IOException {
        access.require(actor, Permission.MANAGE_PERSONS);
        Person person = person(personId);
        List<Consent> consents = records.consents().history(personId);
        List<EventLogEntry> events = records.reports().history(personId, Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z"),
                ReportRepository.Where.SITE, ALL_EVENTS);
        List<VisitorPass> passes = records.passes().ofPerson(personId);
        int templates = records.templates().countOfPerson(personId);
        int pictures = 0;
        Path partial = zip.resolveSibling(zip.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry("person.json"));
            entries.write(json(person, consents, events, passes, templates).getBytes(StandardCharsets.UTF_8));
            entries.closeEntry();
            for (EventLogEntry event : events) {
                Optional<byte[]> jpeg = records.events().snapshot(event.eventId());
                if (jpeg.isPresent()) {
                    entries.putNextEntry(new ZipEntry("pictures/event-" + event.eventId() + ".jpg"));
                    entries.write(jpeg.get());
                    entries.closeEntry();
                    pictures++;
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        // complete or not at all: a half-written file is never left under the name asked for
        Files.move(partial, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        DataExport export = new DataExport(person.name(), events.size(), pictures, passes.size(), consents.size(), templates);
        audit.append(new AuditRecord(actor, AuditAction.PERSON_EXPORT, subject(person), "", AuditValues.of(Map.of("events", export.events(),
                "pictures", export.pictures(), "passes", export.passes(), "consents", export.consents(), "templates", export.templates()))));
        return export;
    }

    /** The person, their consents, events and passes; face templates are counted, as their numbers mean nothing outside Gatepass. */
    private static String json(Person person, List<Consent> consents, List<EventLogEntry> events, List<VisitorPass> passes, int templates) {
        List<JsonObject> consentList = new ArrayList<>();
        consents.forEach(c -> consentList.add(new JsonObject().put("text", c.text()).put("recordedBy", c.recordedBy())
                .put("recordedAt", c.recordedAt().toString()).put("withdrawnBy", c.withdrawnBy())
                .put("withdrawnAt", c.withdrawnAt() == null ? null : c.withdrawnAt().toString())));
        List<JsonObject> eventList = new ArrayList<>();
        events.forEach(e -> eventList.add(new JsonObject().put("id", e.eventId()).put("at", e.occurredAt().toString()).put("camera", e.cameraId())
                .put("direction", e.direction() == null ? null : e.direction().label()).put("decision", e.decision().label())));
        List<JsonObject> passList = new ArrayList<>();
        passes.forEach(p -> passList.add(new JsonObject().put("id", p.id()).put("purpose", p.purpose()).put("validFrom", p.validFrom().toString())
                .put("validUntil", p.validUntil().toString()).put("gates", String.join(", ", p.cameras()))
                .put("revokedAt", p.revokedAt() == null ? null : p.revokedAt().toString())));
        return new JsonObject().put("person", new JsonObject().put("id", person.id()).put("externalId", person.externalId()).put("name", person.name())
                .put("email", person.email()).put("mobile", person.mobile()).put("category", person.category().label())
                .put("status", person.status().label()).put("guardianOrHostEmail", person.guardianEmail()))
                .put("faceTemplates", (long) templates).put("consents", consentList).put("events", eventList).put("passes", passList).toString();
    }

    @Override
    public ErasureReport erase(Actor actor, long personId) {
        access.require(actor, Permission.MANAGE_PERSONS);
        access.require(actor, Permission.ENROL_FACES);
        ErasureReport report = transactions.inTransaction(() -> {
            Person person = person(personId);
            PersonErasure.Erased erased = erasure.erase(personId);
            // the trail names whom it was, as it does for every change; nothing else of them is kept
            audit.append(new AuditRecord(actor, AuditAction.PERSON_ERASE, subject(person), "",
                    AuditValues.of(Map.of("templates", erased.templates(), "pictures", erased.pictures(), "notifications", erased.notifications(),
                            "passes", erased.passes(), "consents", erased.consents(), "events anonymised", erased.eventsAnonymised()))));
            return new ErasureReport(person.name(), erased.templates(), erased.pictures(), erased.notifications(), erased.passes(),
                    erased.consents(), erased.eventsAnonymised());
        });
        gallery.removePerson(personId);
        return report;
    }

    private Person person(long personId) {
        return persons.findById(personId).orElseThrow(() -> new IllegalArgumentException("No person has the id " + personId));
    }

    private static String subject(Person person) {
        return "person " + person.id() + " '" + person.name() + "'";
    }
}
