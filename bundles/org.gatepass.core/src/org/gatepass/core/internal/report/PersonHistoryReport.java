package org.gatepass.core.internal.report;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonService;
import org.gatepass.core.report.ColumnKind;
import org.gatepass.core.report.ReportColumn;
import org.gatepass.core.report.ReportDefinition;
import org.gatepass.core.report.ReportParameter;
import org.gatepass.core.report.ReportRequest;
import org.gatepass.core.report.ReportService;
import org.gatepass.core.report.ReportTable;
import org.gatepass.core.security.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Everything that happened to one person at the gates: movements, refusals and alerts, oldest first. */
@Component(service = ReportDefinition.class)
public final class PersonHistoryReport implements ReportDefinition {
    /** Enough matches to find an exact ID among them; the message names the first few. */
    private static final int MATCHES = 200;
    private static final int NAMED = 5;
    private static final List<ReportColumn> COLUMNS = List.of(new ReportColumn("Time", ColumnKind.DATE_TIME), new ReportColumn("Direction", ColumnKind.TEXT),
            new ReportColumn("Decision", ColumnKind.TEXT), new ReportColumn("Camera", ColumnKind.TEXT));

    private final ReportService reports;
    private final PersonService persons;

    @Activate
    public PersonHistoryReport(@Reference ReportService reports, @Reference PersonService persons) {
        this.reports = reports;
        this.persons = persons;
    }

    @Override
    public String id() {
        return "person-history";
    }

    @Override
    public String title() {
        return "Movement history of a person";
    }

    @Override
    public Set<ReportParameter> parameters() {
        return EnumSet.of(ReportParameter.DAYS, ReportParameter.PLACE, ReportParameter.PERSON);
    }

    @Override
    public int position() {
        return 30;
    }

    @Override
    public ReportTable run(Actor actor, ReportRequest request) {
        Person person = identify(actor, request.person());
        List<EventLogEntry> events = reports.history(actor, person.id(), request.query());
        List<List<Object>> rows = events.stream()
                .map(e -> List.<Object>of(LocalDateTime.ofInstant(e.occurredAt(), request.query().zone()).withNano(0),
                        e.direction() == null ? "" : e.direction().label(), e.decision().label(), e.cameraId()))
                .toList();
        String note = events.size() >= ReportService.HISTORY_LIMIT ? "Only the first " + ReportService.HISTORY_LIMIT + " events are listed: choose fewer days."
                : RequestWords.count(events.size(), "event", "events") + ".";
        return new ReportTable(title() + ": " + person.name(), label(person) + " · " + RequestWords.days(request.query(), false), COLUMNS, rows, null, note);
    }

    /** The person typed: an exact ID first, else the only person whose name or ID contains the text. */
    private Person identify(Actor actor, String typed) {
        if (typed.isEmpty()) {
            throw new IllegalArgumentException("Type the ID or name of the person.");
        }
        List<Person> found = persons.search(actor, typed, MATCHES);
        List<Person> byId = found.stream().filter(p -> p.externalId() != null && p.externalId().equalsIgnoreCase(typed)).toList();
        if (byId.size() == 1) {
            return byId.get(0);
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("Nobody's name or ID contains '" + typed + "'.");
        }
        String names = found.stream().limit(NAMED).map(PersonHistoryReport::label).collect(Collectors.joining("; "))
                + (found.size() > NAMED ? "; …" : "");
        throw new IllegalArgumentException(found.size() + " persons match '" + typed + "' (" + names + "): type more of the name, or the ID.");
    }

    private static String label(Person person) {
        return person.externalId() == null ? person.name() : person.name() + " (ID " + person.externalId() + ")";
    }
}
