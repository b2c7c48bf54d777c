package org.gatepass.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.gatepass.core.access.AccessLevel;
import org.gatepass.core.access.AccessService;
import org.gatepass.core.access.AccessSetup;
import org.gatepass.core.access.Gate;
import org.gatepass.core.access.Holiday;
import org.gatepass.core.access.InvalidAccessException;
import org.gatepass.core.access.PresenceRule;
import org.gatepass.core.audit.AuditAction;
import org.gatepass.core.audit.AuditRecord;
import org.gatepass.core.audit.AuditValues;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.security.AccessControl;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;
import org.gatepass.core.storage.AccessRepository;
import org.gatepass.core.storage.AuditTrail;
import org.gatepass.core.storage.PersonRepository;
import org.gatepass.core.storage.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Validates and audits every change to the access rules, in the transaction that stores it. */
@Component(service = AccessService.class)
public final class DefaultAccessService implements AccessService {
    private static final int MAX_NAME = 100;
    private static final int MAX_RELEASE_SECONDS = 60;

    private final AccessRepository rules;
    private final PersonRepository persons;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Transactions transactions;

    @Activate
    public DefaultAccessService(@Reference AccessRepository rules, @Reference PersonRepository persons, @Reference AccessControl access,
            @Reference AuditTrail audit, @Reference Transactions transactions) {
        this.rules = rules;
        this.persons = persons;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public AccessSetup setup(Actor actor) {
        access.require(actor, Permission.MANAGE_ACCESS);
        return rules.setup();
    }

    @Override
    public Gate saveGate(Actor actor, Gate gate) {
        access.require(actor, Permission.MANAGE_ACCESS);
        Gate asked = new Gate(gate.id(), gate.name().strip(), gate.cameras().stream().map(String::strip).filter(c -> !c.isEmpty()).collect(Collectors.toSet()),
                gate.restricted(), gate.door(), gate.releaseSeconds(), gate.antiPassback(), gate.area());
        return transactions.inTransaction(() -> {
            AccessSetup now = rules.setup();
            List<String> problems = new ArrayList<>();
            name(problems, "gate", asked.name(), now.gates().stream().filter(g -> !g.id().equals(asked.id())).map(Gate::name).toList());
            for (Gate other : now.gates()) {
                if (!other.id().equals(asked.id())) {
                    other.cameras().stream().filter(asked.cameras()::contains).sorted()
                            .forEach(c -> problems.add("Camera " + c + " belongs to the gate " + other.name() + " already."));
                }
            }
            if (asked.area().length() > MAX_NAME) {
                problems.add("An area's name is at most " + MAX_NAME + " characters long.");
            }
            if (!asked.door().isEmpty() && (asked.releaseSeconds() < 1 || asked.releaseSeconds() > MAX_RELEASE_SECONDS)) {
                problems.add("A door is released for 1 to " + MAX_RELEASE_SECONDS + " seconds.");
            }
            Gate before = asked.id() == null ? null : rules.findGate(asked.id()).orElseThrow(() -> missing("gate", asked.id()));
            refuseIf(problems);
            Gate stored = rules.saveGate(asked);
            audit.append(new AuditRecord(actor, AuditAction.ACCESS_GATE_SAVE, "gate " + stored.id() + " (" + stored.name() + ")",
                    before == null ? "" : describe(before), describe(stored)));
            return stored;
        });
    }

    @Override
    public void deleteGate(Actor actor, long gateId) {
        access.require(actor, Permission.MANAGE_ACCESS);
        transactions.inTransaction(() -> {
            Gate before = rules.findGate(gateId).orElseThrow(() -> missing("gate", gateId));
            rules.deleteGate(gateId);
            audit.append(new AuditRecord(actor, AuditAction.ACCESS_GATE_DELETE, "gate " + gateId + " (" + before.name() + ")", describe(before), ""));
            return null;
        });
    }

    @Override
    public AccessLevel saveLevel(Actor actor, AccessLevel level) {
        access.require(actor, Permission.MANAGE_ACCESS);
        AccessLevel asked = new AccessLevel(level.id(), level.name().strip(), level.gateIds(), level.schedule(), level.openOnHolidays());
        return transactions.inTransaction(() -> {
            AccessSetup now = rules.setup();
            List<String> problems = new ArrayList<>();
            name(problems, "access level", asked.name(), now.levels().stream().filter(l -> !l.id().equals(asked.id())).map(AccessLevel::name).toList());
            Set<Long> gates = now.gates().stream().map(Gate::id).collect(Collectors.toSet());
            if (asked.gateIds().isEmpty()) {
                problems.add("An access level opens at least one gate.");
            }
            asked.gateIds().stream().filter(id -> !gates.contains(id)).sorted().forEach(id -> problems.add("Gate " + id + " does not exist."));
            if (asked.schedule().windows().isEmpty()) {
                problems.add("An access level is open at some time of the week.");
            }
            AccessLevel before = asked.id() == null ? null : rules.findLevel(asked.id()).orElseThrow(() -> missing("access level", asked.id()));
            refuseIf(problems);
            AccessLevel stored = rules.saveLevel(asked);
            audit.append(new AuditRecord(actor, AuditAction.ACCESS_LEVEL_SAVE, "access level " + stored.id() + " (" + stored.name() + ")",
                    before == null ? "" : describe(before), describe(stored)));
            return stored;
        });
    }

    @Override
    public void deleteLevel(Actor actor, long levelId) {
        access.require(actor, Permission.MANAGE_ACCESS);
        transactions.inTransaction(() -> {
            AccessLevel before = rules.findLevel(levelId).orElseThrow(() -> missing("access level", levelId));
            rules.deleteLevel(levelId);
            audit.append(new AuditRecord(actor, AuditAction.ACCESS_LEVEL_DELETE, "access level " + levelId + " (" + before.name() + ")", describe(before),
                    ""));
            return null;
        });
    }

    @Override
    public Holiday saveHoliday(Actor actor, Holiday holiday) {
        access.require(actor, Permission.MANAGE_ACCESS);
        if (holiday.name().length() > MAX_NAME) {
            throw new InvalidAccessException(List.of("A holiday's name is at most " + MAX_NAME + " characters long."));
        }
        return transactions.inTransaction(() -> {
            rules.saveHoliday(holiday);
            audit.append(new AuditRecord(actor, AuditAction.ACCESS_HOLIDAY_SAVE, "holiday " + holiday.day(), "", AuditValues.of(Map.of("name", holiday.name()))));
            return holiday;
        });
    }

    @Override
    public void deleteHoliday(Actor actor, LocalDate day) {
        access.require(actor, Permission.MANAGE_ACCESS);
        transactions.inTransaction(() -> {
            if (!rules.deleteHoliday(day)) {
                throw new InvalidAccessException(List.of(day + " is not a holiday."));
            }
            audit.append(new AuditRecord(actor, AuditAction.ACCESS_HOLIDAY_DELETE, "holiday " + day, "", ""));
            return null;
        });
    }

    @Override
    public List<AccessLevel> levelsOf(Actor actor, long personId) {
        access.require(actor, Permission.MANAGE_ACCESS);
        Set<Long> held = rules.personLevels(personId);
        return rules.setup().levels().stream().filter(l -> held.contains(l.id())).toList();
    }

    @Override
    public void setPersonLevel(Actor actor, long personId, long levelId, boolean held) {
        access.require(actor, Permission.MANAGE_ACCESS);
        transactions.inTransaction(() -> {
            var person = persons.findById(personId).orElseThrow(() -> missing("person", personId));
            AccessLevel level = rules.findLevel(levelId).orElseThrow(() -> missing("access level", levelId));
            if (rules.setPersonLevel(personId, levelId, held)) {
                audit.append(new AuditRecord(actor, held ? AuditAction.ACCESS_GRANT : AuditAction.ACCESS_REVOKE,
                        "person " + personId + " (" + person.name() + ")", "", AuditValues.of(Map.of("level", level.name()))));
            }
            return null;
        });
    }

    @Override
    public List<Person> holders(Actor actor, long levelId) {
        access.require(actor, Permission.MANAGE_ACCESS);
        return rules.holders(levelId).stream().map(persons::findById).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Person::name).thenComparing(Person::id)).toList();
    }

    @Override
    public void setHolders(Actor actor, long levelId, Collection<String> externalIds) {
        access.require(actor, Permission.MANAGE_ACCESS);
        Set<String> asked = externalIds.stream().map(String::strip).filter(id -> !id.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        transactions.inTransaction(() -> {
            AccessLevel level = rules.findLevel(levelId).orElseThrow(() -> missing("access level", levelId));
            Map<String, Person> found = persons.findByExternalIds(asked);
            List<String> unknown = asked.stream().filter(id -> !found.containsKey(id)).toList();
            if (!unknown.isEmpty()) {
                throw new InvalidAccessException(List.of("Nobody has the ID " + String.join(", ", unknown) + "."));
            }
            Set<Long> wanted = found.values().stream().map(Person::id).collect(Collectors.toSet());
            Set<Long> held = rules.holders(levelId);
            for (Person person : found.values()) {
                if (!held.contains(person.id()) && rules.setPersonLevel(person.id(), levelId, true)) {
                    audit.append(new AuditRecord(actor, AuditAction.ACCESS_GRANT, "person " + person.id() + " (" + person.name() + ")", "",
                            AuditValues.of(Map.of("level", level.name()))));
                }
            }
            for (long personId : held) {
                if (!wanted.contains(personId) && rules.setPersonLevel(personId, levelId, false)) {
                    String name = persons.findById(personId).map(Person::name).orElse("?");
                    audit.append(new AuditRecord(actor, AuditAction.ACCESS_REVOKE, "person " + personId + " (" + name + ")", "",
                            AuditValues.of(Map.of("level", level.name()))));
                }
            }
            return null;
        });
    }

    @Override
    public void setCategoryLevel(Actor actor, PersonCategory category, long levelId, boolean held) {
        access.require(actor, Permission.MANAGE_ACCESS);
        transactions.inTransaction(() -> {
            AccessLevel level = rules.findLevel(levelId).orElseThrow(() -> missing("access level", levelId));
            if (rules.setCategoryLevel(category, levelId, held)) {
                audit.append(new AuditRecord(actor, held ? AuditAction.ACCESS_GRANT : AuditAction.ACCESS_REVOKE, "category " + category.label(), "",
                        AuditValues.of(Map.of("level", level.name()))));
            }
            return null;
        });
    }

    @Override
    public PresenceRule savePresenceRule(Actor actor, PresenceRule rule) {
        access.require(actor, Permission.MANAGE_ACCESS);
        PresenceRule asked = new PresenceRule(rule.id(), rule.name().strip(), rule.category(), rule.kind(), rule.at(), rule.days());
        return transactions.inTransaction(() -> {
            List<PresenceRule> now = rules.setup().presenceRules();
            List<String> problems = new ArrayList<>();
            name(problems, "rule", asked.name(), now.stream().filter(r -> !r.id().equals(asked.id())).map(PresenceRule::name).toList());
            if (asked.days().isEmpty()) {
                problems.add("A rule is checked on at least one day of the week.");
            }
            PresenceRule before = asked.id() == null ? null
                    : now.stream().filter(r -> r.id().equals(asked.id())).findFirst().orElseThrow(() -> missing("rule", asked.id()));
            refuseIf(problems);
            PresenceRule stored = rules.savePresenceRule(asked);
            audit.append(new AuditRecord(actor, AuditAction.ACCESS_RULE_SAVE, "rule " + stored.id() + " (" + stored.name() + ")",
                    before == null ? "" : describe(before), describe(stored)));
            return stored;
        });
    }

    @Override
    public void deletePresenceRule(Actor actor, long ruleId) {
        access.require(actor, Permission.MANAGE_ACCESS);
        transactions.inTransaction(() -> {
            PresenceRule before = rules.setup().presenceRules().stream().filter(r -> r.id() == ruleId).findFirst()
                    .orElseThrow(() -> missing("rule", ruleId));
            rules.deletePresenceRule(ruleId);
            audit.append(new AuditRecord(actor, AuditAction.ACCESS_RULE_DELETE, "rule " + ruleId + " (" + before.name() + ")", describe(before), ""));
            return null;
        });
    }

    private static void name(List<String> problems, String what, String name, List<String> others) {
        if (name.isEmpty() || name.length() > MAX_NAME) {
            problems.add(article(what) + " has a name of 1 to " + MAX_NAME + " characters.");
        } else if (others.stream().anyMatch(name::equalsIgnoreCase)) {
            problems.add("There is " + article(what).toLowerCase(java.util.Locale.ROOT) + " called " + name + " already.");
        }
    }

    /** "A gate", "An access level". */
    private static String article(String what) {
        return ("aeiou".indexOf(what.charAt(0)) >= 0 ? "An " : "A ") + what;
    }

    private static void refuseIf(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidAccessException(problems);
        }
    }

    private static InvalidAccessException missing(String what, long id) {
        return new InvalidAccessException(List.of("The " + what + " " + id + " does not exist."));
    }

    private static String describe(Gate gate) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", gate.name());
        values.put("cameras", gate.cameras().stream().sorted().toList());
        values.put("restricted", gate.restricted());
        values.put("door", gate.door().isEmpty() ? null : gate.door() + " for " + gate.releaseSeconds() + " s");
        values.put("antiPassback", gate.antiPassback().name());
        values.put("area", gate.area().isEmpty() ? null : gate.area());
        return AuditValues.of(values);
    }

    private static String describe(PresenceRule rule) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", rule.name());
        values.put("category", rule.category().name());
        values.put("rule", rule.kind().label() + " " + rule.at());
        values.put("days", rule.daysText());
        return AuditValues.of(values);
    }

    private static String describe(AccessLevel level) {
        return AuditValues.of(Map.of("name", level.name(), "gates", level.gateIds().stream().sorted().toList(), "schedule", level.schedule().describe(),
                "openOnHolidays", level.openOnHolidays()));
    }
}
