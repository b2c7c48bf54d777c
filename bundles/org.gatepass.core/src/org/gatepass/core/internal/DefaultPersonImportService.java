package org.gatepass.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gatepass.core.audit.AuditAction;
import org.gatepass.core.audit.AuditRecord;
import org.gatepass.core.importing.ColumnMapping;
import org.gatepass.core.importing.ImportPreview;
import org.gatepass.core.importing.ImportResult;
import org.gatepass.core.importing.ImportTable;
import org.gatepass.core.importing.PersonField;
import org.gatepass.core.importing.PersonImportService;
import org.gatepass.core.importing.RowOutcome;
import org.gatepass.core.importing.RowOutcome.Action;
import org.gatepass.core.importing.RowOutcome.Problem;
import org.gatepass.core.pass.PassKeys;
import org.gatepass.core.pass.VisitorPass;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonStatus;
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

@Component(service = PersonImportService.class)
public final class DefaultPersonImportService implements PersonImportService {
    /** More rows than a site has people is a wrong file, not an import. */
    static final int MAX_ROWS = 200_000;

    private final PersonRepository persons;
    private final PassRepository passes;
    private final SecretStore secrets;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock = Clock.systemUTC();
    private final ZoneId zone = ZoneId.systemDefault();

    @Activate
    public DefaultPersonImportService(@Reference PersonRepository persons, @Reference PassRepository passes, @Reference SecretStore secrets,
            @Reference AccessControl access, @Reference AuditTrail audit, @Reference Transactions transactions) {
        this.persons = persons;
        this.passes = passes;
        this.secrets = secrets;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public ImportPreview preview(Actor actor, ImportTable table, ColumnMapping mapping) {
        access.require(actor, Permission.MANAGE_PERSONS);
        List<String> unusable = mapping.problems(table.headers());
        if (!unusable.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", unusable));
        }
        if (table.rows().size() > MAX_ROWS) {
            throw new IllegalArgumentException(table.source() + " has " + table.rows().size() + " rows; at most " + MAX_ROWS + " are imported at once.");
        }
        List<RowOutcome> checked = new ArrayList<>();
        Map<String, Integer> idsSeen = new HashMap<>();
        Map<String, Integer> emailsSeen = new HashMap<>();
        int empty = 0;
        for (ImportTable.Row row : table.rows()) {
            if (row.isEmpty()) {
                empty++;
                continue;
            }
            checked.add(checked(row, table, mapping, idsSeen, emailsSeen));
        }
        // who the good rows are, looked up a few hundred at a time rather than row by row
        Map<String, Person> byId = persons.findByExternalIds(idsSeen.keySet());
        Map<String, Person> byEmail = persons.findByEmails(emailsSeen.keySet());
        List<RowOutcome> outcomes = checked.stream().map(r -> r.action() == Action.REJECTED ? r : matched(r, byId, byEmail, mapping)).toList();
        return new ImportPreview(table.source(), outcomes, empty);
    }

    private RowOutcome checked(ImportTable.Row row, ImportTable table, ColumnMapping mapping, Map<String, Integer> idsSeen,
            Map<String, Integer> emailsSeen) {
        List<Problem> problems = new ArrayList<>();
        Map<PersonField, String> values = new HashMap<>();
        mapping.columns().forEach((field, column) -> {
            String value = row.cell(column).strip();
            if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !(field == PersonField.MOBILE && value.startsWith("+"))) {
                problems.add(new Problem(row.number(), header(table, column), "'" + value + "' is a formula or starts like one: type the value itself"));
            }
            values.put(field, value);
        });
        PersonCategory category = choice(PersonCategory.values(), values.get(PersonField.CATEGORY), null, c -> c.label(),
                PersonField.CATEGORY, row, table, mapping, problems);
        PersonStatus status = choice(PersonStatus.values(), values.getOrDefault(PersonField.STATUS, ""), PersonStatus.ACTIVE, s -> s.label(),
                PersonField.STATUS, row, table, mapping, problems);
        Person read = PersonValidator.normalize(new Person(null, values.get(PersonField.EXTERNAL_ID), values.get(PersonField.NAME),
                values.get(PersonField.EMAIL), values.get(PersonField.MOBILE), category, status, values.get(PersonField.GUARDIAN_EMAIL)));
        for (String problem : PersonValidator.problems(read)) {
            if (!(category == null && problem.startsWith("Category"))) {
                problems.add(new Problem(row.number(), columnOf(problem, table, mapping), problem));
            }
        }
        repeated(read.externalId(), idsSeen, row, PersonField.EXTERNAL_ID, table, mapping, problems);
        repeated(read.email() == null ? null : read.email().toLowerCase(Locale.ROOT), emailsSeen, row, PersonField.EMAIL, table, mapping, problems);
        VisitorPass pass = pass(values, category, row, table, mapping, problems);
        return new RowOutcome(row.number(), problems.isEmpty() ? Action.CREATE : Action.REJECTED, read, pass, problems);
    }

    /**
     * The pass a row asks for: when its pass columns are filled in, a window of local times (yyyy-MM-dd HH:mm, a day
     * alone meaning its start or its end, or an Excel date number), checked like the Visitors view checks a pass.
     */
    private VisitorPass pass(Map<PersonField, String> values, PersonCategory category, ImportTable.Row row, ImportTable table, ColumnMapping mapping,
            List<Problem> problems) {
        String from = values.getOrDefault(PersonField.PASS_FROM, "");
        String until = values.getOrDefault(PersonField.PASS_UNTIL, "");
        if (from.isEmpty() && until.isEmpty()) {
            return null;
        }
        int before = problems.size();
        Instant validFrom = ImportTimes.parse(from, false, zone, problem -> problems.add(new Problem(row.number(), column(table, mapping,
                PersonField.PASS_FROM), problem)));
        Instant validUntil = ImportTimes.parse(until, true, zone, problem -> problems.add(new Problem(row.number(), column(table, mapping,
                PersonField.PASS_UNTIL), problem)));
        if (category != null && category != PersonCategory.VISITOR) {
            problems.add(new Problem(row.number(), column(table, mapping, PersonField.CATEGORY), "passes are for visitors, not " + category.label()));
        }
        if (problems.size() > before) {
            return null;
        }
        List<String> gates = Arrays.stream(values.getOrDefault(PersonField.PASS_GATES, "").split("[,;]")).map(String::strip).filter(g -> !g.isEmpty())
                .toList();
        VisitorPass pass = VisitorPass.newPass(0, values.getOrDefault(PersonField.PASS_PURPOSE, ""), validFrom, validUntil, gates);
        for (String problem : PassRules.problems(pass, clock.instant())) {
            PersonField field = problem.equals(PassRules.PURPOSE) ? PersonField.PASS_PURPOSE
                    : problem.equals(PassRules.CAMERAS) ? PersonField.PASS_GATES : PersonField.PASS_UNTIL;
            problems.add(new Problem(row.number(), column(table, mapping, field), problem));
        }
        return pass;
    }

    /**
     * A good row against the stored persons: matched by ID, else by e-mail, it updates instead of adding; a pass the
     * visitor holds already for the same window is not issued again.
     */
    private RowOutcome matched(RowOutcome row, Map<String, Person> byId, Map<String, Person> byEmail, ColumnMapping mapping) {
        Person read = row.person();
        Person stored = read.externalId() != null ? byId.get(read.externalId())
                : read.email() != null ? byEmail.get(read.email().toLowerCase(Locale.ROOT)) : null;
        if (stored == null) {
            return row;
        }
        Person updated = merged(stored, read, mapping);
        VisitorPass pass = row.pass() != null && passes.ofPerson(stored.id()).stream().anyMatch(held -> held.revokedAt() == null
                && held.validFrom().equals(row.pass().validFrom()) && held.validUntil().equals(row.pass().validUntil())) ? null : row.pass();
        return new RowOutcome(row.row(), updated.equals(stored) && pass == null ? Action.UNCHANGED : Action.UPDATE, updated, pass, List.of());
    }

    /** The stored person with the fields the file has columns for; fields it does not map stay as they are. */
    private static Person merged(Person stored, Person read, ColumnMapping mapping) {
        return new Person(stored.id(), mapping.column(PersonField.EXTERNAL_ID).isPresent() ? read.externalId() : stored.externalId(), read.name(),
                mapping.column(PersonField.EMAIL).isPresent() ? read.email() : stored.email(),
                mapping.column(PersonField.MOBILE).isPresent() ? read.mobile() : stored.mobile(), read.category(),
                mapping.column(PersonField.STATUS).isPresent() ? read.status() : stored.status(),
                mapping.column(PersonField.GUARDIAN_EMAIL).isPresent() ? read.guardianEmail() : stored.guardianEmail());
    }

    @Override
    public ImportResult apply(Actor actor, ImportPreview preview) {
        access.require(actor, Permission.MANAGE_PERSONS);
        boolean issuesPasses = preview.rows().stream().anyMatch(r -> r.action() != Action.REJECTED && r.pass() != null);
        if (issuesPasses) {
            access.require(actor, Permission.MANAGE_VISITORS);
            PassKeys.existingOrNew(secrets);
        }
        return transactions.inTransaction(() -> {
            int created = 0;
            int updated = 0;
            List<Long> issued = new ArrayList<>();
            for (RowOutcome row : preview.rows()) {
                Person person = switch (row.action()) {
                    case CREATE -> {
                        Person stored = persons.insert(row.person());
                        audit.append(new AuditRecord(actor, AuditAction.PERSON_CREATE, DefaultPersonService.subject(stored),
                                "", DefaultPersonService.describe(stored) + importedFrom(preview, row)));
                        created++;
                        yield stored;
                    }
                    case UPDATE -> {
                        Person before = persons.findById(row.person().id()).orElseThrow(
                                () -> new IllegalStateException("Row " + row.row() + ": the person it updates was removed since the preview"));
                        if (!before.equals(row.person())) {
                            persons.update(row.person());
                            audit.append(new AuditRecord(actor, AuditAction.PERSON_UPDATE, DefaultPersonService.subject(row.person()),
                                    DefaultPersonService.describe(before), DefaultPersonService.describe(row.person()) + importedFrom(preview, row)));
                        }
                        updated++;
                        yield row.person();
                    }
                    case UNCHANGED, REJECTED -> null;
                };
                if (person != null && row.pass() != null) {
                    VisitorPass asked = row.pass();
                    VisitorPass stored = passes.insert(VisitorPass.newPass(person.id(), asked.purpose(), asked.validFrom(), asked.validUntil(),
                            asked.cameras()), clock.instant(), actor.username());
                    audit.append(new AuditRecord(actor, AuditAction.PASS_ISSUE, DefaultPassService.subject(stored, person), "",
                            DefaultPassService.describe(stored) + importedFrom(preview, row)));
                    issued.add(stored.id());
                }
            }
            return new ImportResult(created, updated, (int) preview.count(Action.UNCHANGED), (int) preview.count(Action.REJECTED), issued);
        });
    }

    private static String importedFrom(ImportPreview preview, RowOutcome row) {
        return " (import of " + preview.source() + ", row " + row.row() + ")";
    }

    private static <E> E choice(E[] options, String value, E fallback, java.util.function.Function<E, String> label, PersonField field,
            ImportTable.Row row, ImportTable table, ColumnMapping mapping, List<Problem> problems) {
        if (value == null || value.isEmpty()) {
            if (fallback == null) {
                problems.add(new Problem(row.number(), column(table, mapping, field), field.label() + " is required"));
            }
            return fallback;
        }
        for (E option : options) {
            if (label.apply(option).equalsIgnoreCase(value) || option.toString().equalsIgnoreCase(value)) {
                return option;
            }
        }
        problems.add(new Problem(row.number(), column(table, mapping, field), "'" + value + "' is not one of "
                + java.util.Arrays.stream(options).map(label).toList()));
        return fallback;
    }

    private static void repeated(String key, Map<String, Integer> seen, ImportTable.Row row, PersonField field, ImportTable table,
            ColumnMapping mapping, List<Problem> problems) {
        if (key == null) {
            return;
        }
        Integer first = seen.putIfAbsent(key, row.number());
        if (first != null) {
            problems.add(new Problem(row.number(), column(table, mapping, field), "'" + key + "' is already in row " + first));
        }
    }

    /** The column a validator's problem is about, from the field it names first. */
    private static String columnOf(String problem, ImportTable table, ColumnMapping mapping) {
        for (PersonField field : new PersonField[] { PersonField.GUARDIAN_EMAIL, PersonField.EMAIL, PersonField.MOBILE, PersonField.NAME,
                PersonField.EXTERNAL_ID }) {
            String name = field == PersonField.EXTERNAL_ID ? "ID " : field.label();
            if (problem.startsWith(name)) {
                return column(table, mapping, field);
            }
        }
        return "";
    }

    private static String column(ImportTable table, ColumnMapping mapping, PersonField field) {
        return mapping.column(field).map(c -> header(table, c)).orElse(field.label());
    }

    private static String header(ImportTable table, int column) {
        String header = column < table.headers().size() ? table.headers().get(column) : null;
        return header == null || header.isBlank() ? "column " + (column + 1) : header;
    }
}
