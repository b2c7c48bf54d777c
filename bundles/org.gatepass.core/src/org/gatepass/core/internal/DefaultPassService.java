package org.gatepass.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gatepass.core.audit.AuditAction;
import org.gatepass.core.audit.AuditRecord;
import org.gatepass.core.audit.AuditValues;
import org.gatepass.core.pass.InvalidPassException;
import org.gatepass.core.pass.IssuedPass;
import org.gatepass.core.pass.PassKeys;
import org.gatepass.core.pass.PassListing;
import org.gatepass.core.pass.PassService;
import org.gatepass.core.pass.PassToken;
import org.gatepass.core.pass.VisitorPass;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonValidator;
import org.gatepass.core.secret.SecretStore;
import org.gatepass.core.security.AccessControl;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;
import org.gatepass.core.storage.AuditTrail;
import org.gatepass.core.storage.PassRepository;
import org.gatepass.core.storage.PersonRepository;
import org.gatepass.core.storage.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PassService.class)
public final class DefaultPassService implements PassService {
    private static final int MAX_REASON = 500;
    private static final int LIST_LIMIT = 1000;

    private final PassRepository passes;
    private final PersonRepository persons;
    private final SecretStore secrets;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public DefaultPassService(@Reference PassRepository passes, @Reference PersonRepository persons, @Reference SecretStore secrets,
            @Reference AccessControl access, @Reference AuditTrail audit, @Reference Transactions transactions) {
        this.passes = passes;
        this.persons = persons;
        this.secrets = secrets;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public IssuedPass issue(Actor actor, Person visitor, String purpose, Instant validFrom, Instant validUntil, List<String> cameras) {
        access.require(actor, Permission.MANAGE_VISITORS);
        byte[] key = PassKeys.existingOrNew(secrets);
        return transactions.inTransaction(() -> {
            Person holder = visitor.id() == null ? registered(actor, visitor) : persons.findById(visitor.id())
                    .orElseThrow(() -> new InvalidPassException(List.of("Person " + visitor.id() + " no longer exists.")));
            VisitorPass asked = VisitorPass.newPass(holder.id(), purpose, validFrom, validUntil, cameras);
            List<String> problems = new ArrayList<>(PassRules.problems(asked, clock.instant()));
            if (holder.category() != PersonCategory.VISITOR) {
                problems.add(holder.name() + " is not a visitor (" + holder.category().label() + "): passes are for visitors.");
            }
            if (!problems.isEmpty()) {
                throw new InvalidPassException(problems);
            }
            VisitorPass stored = passes.insert(asked, clock.instant(), actor.username());
            audit.append(new AuditRecord(actor, AuditAction.PASS_ISSUE, subject(stored, holder), "", describe(stored)));
            return new IssuedPass(stored, holder, PassToken.sign(key, stored));
        });
    }

    @Override
    public List<PassListing> list(Actor actor, Instant endedAfter) {
        access.require(actor, Permission.MANAGE_VISITORS);
        return passes.list(endedAfter, LIST_LIMIT);
    }

    @Override
    public VisitorPass revoke(Actor actor, long passId, String reason) {
        access.require(actor, Permission.MANAGE_VISITORS);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new InvalidPassException(List.of("Say why the pass is revoked, in at most " + MAX_REASON + " characters."));
        }
        return transactions.inTransaction(() -> {
            VisitorPass before = passes.find(passId).orElseThrow(() -> new InvalidPassException(List.of("Pass " + passId + " does not exist.")));
            if (!passes.revoke(passId, clock.instant(), actor.username(), why)) {
                throw new InvalidPassException(List.of("Pass " + passId + " was revoked already."));
            }
            VisitorPass after = passes.find(passId).orElseThrow();
            Person holder = persons.findById(before.personId()).orElseThrow();
            audit.append(new AuditRecord(actor, AuditAction.PASS_REVOKE, subject(after, holder), describe(before), describe(after)));
            return after;
        });
    }

    @Override
    public int email(Actor actor, long passId) {
        access.require(actor, Permission.MANAGE_VISITORS);
        return transactions.inTransaction(() -> {
            PassListing listing = passes.listing(passId).orElseThrow(() -> new InvalidPassException(List.of("Pass " + passId + " does not exist.")));
            VisitorPass pass = listing.pass();
            List<String> problems = new ArrayList<>();
            if (pass.revokedAt() != null) {
                problems.add("Pass " + passId + " is revoked: it is not sent.");
            } else if (!pass.validUntil().isAfter(clock.instant())) {
                problems.add("Pass " + passId + " has ended: it is not sent.");
            }
            if (listing.visitorEmail() == null || listing.visitorEmail().isBlank()) {
                problems.add(listing.visitorName() + " has no e-mail address to send the pass to.");
            }
            if (!problems.isEmpty()) {
                throw new InvalidPassException(problems);
            }
            int queued = passes.queueInvitation(passId, clock.instant());
            Person holder = persons.findById(pass.personId()).orElseThrow();
            audit.append(new AuditRecord(actor, AuditAction.PASS_EMAIL, subject(pass, holder), "", AuditValues.of(Map.of("to", listing.visitorEmail(),
                    "messages", queued))));
            return queued;
        });
    }

    @Override
    public String code(Actor actor, long passId) {
        access.require(actor, Permission.MANAGE_VISITORS);
        VisitorPass pass = passes.find(passId).orElseThrow(() -> new InvalidPassException(List.of("Pass " + passId + " does not exist.")));
        return PassToken.sign(PassKeys.existingOrNew(secrets), pass);
    }

    private Person registered(Actor actor, Person visitor) {
        Person normalized = PersonValidator.normalize(visitor);
        List<String> problems = new ArrayList<>(PersonValidator.problems(normalized));
        if (normalized.category() != PersonCategory.VISITOR) {
            problems.add("A pass's holder is registered as a visitor.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidPassException(problems);
        }
        Person created = persons.insert(normalized);
        audit.append(new AuditRecord(actor, AuditAction.PERSON_CREATE, DefaultPersonService.subject(created), "",
                DefaultPersonService.describe(created)));
        return created;
    }


    static String subject(VisitorPass pass, Person holder) {
        return "pass " + pass.id() + " of " + DefaultPersonService.subject(holder);
    }

    static String describe(VisitorPass p) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("purpose", p.purpose());
        values.put("validFrom", p.validFrom());
        values.put("validUntil", p.validUntil());
        values.put("cameras", p.cameras().isEmpty() ? "all" : String.join(", ", p.cameras()));
        if (p.revokedAt() != null) {
            values.put("revokedAt", p.revokedAt());
            values.put("revokeReason", p.revokeReason());
        }
        return AuditValues.of(values);
    }
}
