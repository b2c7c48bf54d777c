package org.gatepass.gate.internal;

import java.util.Map;

import org.gatepass.core.audit.AuditAction;
import org.gatepass.core.audit.AuditRecord;
import org.gatepass.core.audit.AuditValues;
import org.gatepass.core.person.Person;
import org.gatepass.core.security.AccessControl;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;
import org.gatepass.core.storage.AuditTrail;
import org.gatepass.core.storage.PersonErasure;
import org.gatepass.core.storage.PersonRepository;
import org.gatepass.core.storage.Transactions;
import org.gatepass.gate.ErasureReport;
import org.gatepass.gate.PersonErasureService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PersonErasureService.class)
public final class DefaultPersonErasureService implements PersonErasureService {
    private final PersonRepository persons;
    private final PersonErasure erasure;
    private final Gallery gallery;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Transactions transactions;

    @Activate
    public DefaultPersonErasureService(@Reference PersonRepository persons, @Reference PersonErasure erasure, @Reference Gallery gallery,
            @Reference AccessControl access, @Reference AuditTrail audit, @Reference Transactions transactions) {
        this.persons = persons;
        this.erasure = erasure;
        this.gallery = gallery;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public ErasureReport erase(Actor actor, long personId) {
        access.require(actor, Permission.MANAGE_PERSONS);
        access.require(actor, Permission.ENROL_FACES);
        ErasureReport report = transactions.inTransaction(() -> {
            Person person = persons.findById(personId).orElseThrow(() -> new IllegalArgumentException("No person has the id " + personId));
            PersonErasure.Erased erased = erasure.erase(personId);
            // the trail names whom it was, as it does for every change; nothing else of them is kept
            audit.append(new AuditRecord(actor, AuditAction.PERSON_ERASE, "person " + personId + " '" + person.name() + "'", "",
                    AuditValues.of(Map.of("templates", erased.templates(), "pictures", erased.pictures(), "notifications", erased.notifications(),
                            "passes", erased.passes(), "consents", erased.consents(), "events anonymised", erased.eventsAnonymised()))));
            return new ErasureReport(person.name(), erased.templates(), erased.pictures(), erased.notifications(), erased.passes(),
                    erased.consents(), erased.eventsAnonymised());
        });
        gallery.removePerson(personId);
        return report;
    }
}
