package org.gatepass.gate.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.gatepass.core.audit.AuditAction;
import org.gatepass.core.audit.AuditRecord;
import org.gatepass.core.audit.AuditValues;
import org.gatepass.core.biometric.Consent;
import org.gatepass.core.biometric.FaceTemplate;
import org.gatepass.core.camera.Frame;
import org.gatepass.core.person.Person;
import org.gatepass.core.security.AccessControl;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;
import org.gatepass.core.storage.AuditTrail;
import org.gatepass.core.storage.ConsentRepository;
import org.gatepass.core.storage.FaceTemplateRepository;
import org.gatepass.core.storage.PersonRepository;
import org.gatepass.core.storage.Transactions;
import org.gatepass.gate.EnrollmentCapture;
import org.gatepass.gate.EnrollmentProgress;
import org.gatepass.gate.EnrollmentReport;
import org.gatepass.gate.EnrollmentReport.PictureOutcome;
import org.gatepass.gate.EnrollmentReport.PictureOutcome.Result;
import org.gatepass.gate.EnrollmentService;
import org.gatepass.vision.Embedding;
import org.gatepass.vision.FacePipeline;
import org.gatepass.vision.Candidate;
import org.gatepass.vision.OpenSetPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = EnrollmentService.class)
public final class DefaultEnrollmentService implements EnrollmentService {
    private final FacePipeline pipeline;
    private final Gallery gallery;
    private final FaceTemplateRepository templates;
    private final PersonRepository persons;
    private final DecisionHolds holds;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final ConsentRepository consents;

    @Activate
    public DefaultEnrollmentService(@Reference FacePipeline pipeline, @Reference Gallery gallery,
            @Reference FaceTemplateRepository templates, @Reference PersonRepository persons, @Reference DecisionHolds holds,
            @Reference AccessControl access, @Reference AuditTrail audit, @Reference Transactions transactions,
            @Reference ConsentRepository consents) {
        this.pipeline = pipeline;
        this.gallery = gallery;
        this.templates = templates;
        this.persons = persons;
        this.holds = holds;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
        this.consents = consents;
    }

    @Override
    public EnrollmentReport enrollPhotos(Actor actor, long personId, List<Path> photos, EnrollmentProgress progress) {
        access.require(actor, Permission.ENROL_FACES);
        Person person = consenting(personId);
        return enrollPhotos(actor, person, photos, progress);
    }

    /** Enrols {@code photos} of a known person; {@code progress} counts from 0 for this person. */
    private EnrollmentReport enrollPhotos(Actor actor, Person person, List<Path> photos, EnrollmentProgress progress) {
        List<PictureOutcome> outcomes = new ArrayList<>();
        List<Embedding> enrolled = new ArrayList<>();
        for (Path photo : photos) {
            outcomes.add(enrollPhoto(person, photo, enrolled));
            if (!progress.pictureDone(outcomes.size(), photos.size())) {
                return new EnrollmentReport(person.id(), person.name(), photos.stream()
                        .map(p -> new PictureOutcome(p.toString(), Result.CANCELLED, "Cancelled: nothing of this enrolment was stored")).toList());
            }
        }
        store(actor, person, enrolled, outcomes, "photos");
        return new EnrollmentReport(person.id(), person.name(), outcomes);
    }

    @Override
    public EnrollmentReport enrollFrames(Actor actor, long personId, List<Frame> frames) {
        access.require(actor, Permission.ENROL_FACES);
        Person person = consenting(personId);
        List<PictureOutcome> outcomes = new ArrayList<>();
        List<Embedding> enrolled = new ArrayList<>();
        for (Frame frame : frames) {
            outcomes.add(enroll(person, describe(frame), picture(frame), enrolled));
        }
        store(actor, person, enrolled, outcomes, "camera shots");
        return new EnrollmentReport(person.id(), person.name(), outcomes);
    }

    @Override
    public EnrollmentCapture startCapture(Actor actor, long personId) {
        access.require(actor, Permission.ENROL_FACES);
        Person person = consenting(personId);
        return new LiveEnrollmentCapture(actor, person.id(), person.name(), pipeline, this, holds::hold);
    }

    @Override
    public List<EnrollmentReport> enrollFolder(Actor actor, Path folder, EnrollmentProgress progress) {
        access.require(actor, Permission.ENROL_FACES);
        List<EnrollmentReport> reports = new ArrayList<>();
        Map<Path, List<Path>> photosOf = new LinkedHashMap<>();
        list(folder, Files::isDirectory).forEach(personFolder -> photosOf.put(personFolder, list(personFolder, Files::isRegularFile)));
        FolderProgress counting = new FolderProgress(progress, photosOf.values().stream().mapToInt(List::size).sum());
        for (Map.Entry<Path, List<Path>> entry : photosOf.entrySet()) {
            String name = entry.getKey().getFileName().toString();
            List<Path> photos = entry.getValue();
            Optional<Person> person = personNamed(name);
            if (counting.cancelled) {
                reports.add(new EnrollmentReport(person.map(Person::id).orElse(-1L), name, photos.stream()
                        .map(p -> new PictureOutcome(p.toString(), Result.CANCELLED, "Cancelled before this person")).toList()));
            } else if (person.isPresent() && consents.inForce(person.get().id()).isEmpty()) {
                reports.add(new EnrollmentReport(person.get().id(), person.get().name(), photos.stream()
                        .map(p -> new PictureOutcome(p.toString(), Result.SKIPPED, noConsent(person.get()))).toList()));
            } else if (person.isPresent()) {
                reports.add(enrollPhotos(actor, person.get(), photos, counting));
            } else {
                reports.add(new EnrollmentReport(-1, name, photos.stream()
                        .map(p -> new PictureOutcome(p.toString(), Result.SKIPPED, "No person has the ID or name '" + name + "'")).toList()));
            }
            counting.personDone(photos.size());
        }
        return reports;
    }

    @Override
    public int erase(Actor actor, long personId) {
        access.require(actor, Permission.ENROL_FACES);
        Person person = person(personId);
        int erased = transactions.inTransaction(() -> {
            int count = templates.eraseForPerson(personId);
            audit.append(new AuditRecord(actor, AuditAction.FACES_ERASE, subject(person), AuditValues.of(Map.of("templates", count)),
                    AuditValues.of(Map.of("templates", 0))));
            return count;
        });
        gallery.removePerson(personId);
        return erased;
    }

    @Override
    public Consent recordConsent(Actor actor, long personId, String text) {
        access.require(actor, Permission.ENROL_FACES);
        Person person = person(personId);
        // to the millisecond, as the database keeps it
        Consent given = Consent.given(personId, text, actor.username(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
        return transactions.inTransaction(() -> {
            Optional<Consent> before = consents.inForce(personId);
            Consent stored = consents.insert(given);
            audit.append(new AuditRecord(actor, AuditAction.CONSENT_RECORD, subject(person),
                    before.map(c -> "consent of " + c.recordedAt() + ": " + c.text()).orElse(""), stored.text()));
            return stored;
        });
    }

    @Override
    public Optional<Consent> consent(Actor actor, long personId) {
        access.require(actor, Permission.VIEW_PERSONS);
        return consents.inForce(personId);
    }

    @Override
    public int withdrawConsent(Actor actor, long personId) {
        access.require(actor, Permission.ENROL_FACES);
        Person person = person(personId);
        int erased = transactions.inTransaction(() -> {
            Consent given = consents.inForce(personId).orElseThrow(() -> new IllegalStateException(person.name() + " has no consent in force"));
            consents.withdraw(personId, actor.username(), Instant.now());
            int count = templates.eraseForPerson(personId);
            audit.append(new AuditRecord(actor, AuditAction.CONSENT_WITHDRAW, subject(person), AuditValues.of(Map.of("consent", given.text(),
                    "templates", count)), AuditValues.of(Map.of("consent", "withdrawn", "templates", 0))));
            return count;
        });
        gallery.removePerson(personId);
        return erased;
    }

    /** The person, who must have agreed to face enrolment. */
    private Person consenting(long personId) {
        Person person = person(personId);
        if (consents.inForce(personId).isEmpty()) {
            throw new IllegalStateException(noConsent(person));
        }
        return person;
    }

    private static String noConsent(Person person) {
        return person.name() + " has not agreed to face enrolment: record their consent first";
    }

    @Override
    public int countPersonsToEnrolAgain(Actor actor) {
        access.require(actor, Permission.VIEW_PERSONS);
        return templates.countPersonsWithoutTemplatesOf(pipeline.embedderModelId());
    }

    private PictureOutcome enrollPhoto(Person person, Path photo, List<Embedding> enrolled) {
        String source = photo.toString();
        try {
            return enroll(person, source, pipeline.decode(Files.readAllBytes(photo)), enrolled);
        } catch (NoSuchFileException e) {
            return new PictureOutcome(source, Result.SKIPPED, "No such file");
        } catch (IOException e) {
            return new PictureOutcome(source, Result.SKIPPED, "Cannot read the picture: " + e.getMessage());
        }
    }

    /** Finds the face in the picture and adds its embedding to {@code enrolled}; nothing is stored yet. */
    private PictureOutcome enroll(Person person, String source, org.gatepass.vision.Frame picture, List<Embedding> enrolled) {
        EnrollmentFace found = EnrollmentFace.of(pipeline.process(picture));
        if (found.face() == null) {
            return new PictureOutcome(source, Result.SKIPPED, found.detail());
        }
        Embedding embedding = found.face().embedding();
        Optional<Candidate> lookAlike = lookAlike(person, embedding);
        enrolled.add(embedding);
        if (lookAlike.isPresent()) {
            long otherId = lookAlike.get().personId();
            String other = persons.findById(otherId).map(Person::name).orElse("person " + otherId);
            return new PictureOutcome(source, Result.ENROLLED_RESEMBLES_ANOTHER, String.format(
                    "Enrolled, but this face resembles %s (similarity %.2f): check it is the right person", other, lookAlike.get().score()));
        }
        return new PictureOutcome(source, Result.ENROLLED, "Enrolled");
    }

    /**
     * Stores the templates of one enrolment and its audit row in one transaction, then lets the gate know them.
     * The pictures together make one more template: their mean is steadier than any one of them (on LFW, best
     * of the photos and their mean missed about a fifth fewer enrolled people than the photos alone at 200
     * enrolled). It is stored like the others and erased with them.
     */
    private void store(Actor actor, Person person, List<Embedding> enrolled, List<PictureOutcome> outcomes, String pictures) {
        if (enrolled.isEmpty()) {
            return;
        }
        List<Embedding> stored = new ArrayList<>(enrolled);
        if (enrolled.size() >= 2) {
            stored.add(Embedding.mean(enrolled));
        }
        transactions.inTransaction(() -> {
            if (consents.inForce(person.id()).isEmpty()) {
                throw new IllegalStateException(person.name() + "'s consent was withdrawn during the enrolment: nothing was stored");
            }
            Instant now = Instant.now();
            stored.forEach(e -> templates.add(new FaceTemplate(null, person.id(), e.modelId(), e.vector(), now)));
            return audit.append(new AuditRecord(actor, AuditAction.FACES_ENROL, subject(person), "", AuditValues.of(Map.of(
                    "pictures", pictures + ": " + enrolled.size() + " of " + outcomes.size() + " enrolled", "templates", stored.size(),
                    "model", stored.get(0).modelId()))));
        });
        stored.forEach(e -> gallery.add(person.id(), e));
    }

    private static String subject(Person person) {
        return "person " + person.id() + " '" + person.name() + "'";
    }

    /** Another enrolled person the gate would take this face for, if any. */
    private Optional<Candidate> lookAlike(Person person, Embedding embedding) {
        float threshold = OpenSetPolicy.DEFAULT.threshold(pipeline.calibration(), gallery.persons());
        return gallery.nearest(embedding, 2).orElse(List.of()).stream().filter(c -> c.personId() != person.id())
                .findFirst().filter(c -> c.score() >= threshold);
    }

    /** How a camera frame is named in a report. */
    static String describe(Frame frame) {
        return "Camera " + frame.cameraId() + " frame " + frame.sequence() + " at " + frame.capturedAt();
    }

    static org.gatepass.vision.Frame picture(Frame frame) {
        return new org.gatepass.vision.Frame(frame.width(), frame.height(), frame.bgr());
    }

    private Person person(long personId) {
        return persons.findById(personId).orElseThrow(() -> new IllegalArgumentException("No person has the id " + personId));
    }

    /** The person a folder is named after: by ID first, else by exact name if only one person has it. */
    private Optional<Person> personNamed(String name) {
        Optional<Person> byId = persons.findByExternalId(name);
        if (byId.isPresent()) {
            return byId;
        }
        String spaced = name.replace('_', ' ');
        List<Person> byName = persons.search(spaced, 50).stream().filter(p -> p.name().equalsIgnoreCase(spaced)).toList();
        return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
    }

    private static List<Path> list(Path folder, Predicate<Path> kind) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(kind).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Counts the pictures of a whole folder across its persons, and remembers a cancel. */
    private static final class FolderProgress implements EnrollmentProgress {
        private final EnrollmentProgress progress;
        private final int total;
        private int donePersons;
        private boolean cancelled;

        FolderProgress(EnrollmentProgress progress, int total) {
            this.progress = progress;
            this.total = total;
        }

        @Override
        public boolean pictureDone(int done, int ofPerson) {
            cancelled = !progress.pictureDone(donePersons + done, total);
            return !cancelled;
        }

        void personDone(int pictures) {
            donePersons += pictures;
        }
    }
}
