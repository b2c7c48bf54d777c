package org.gatepass.core.importing;

import java.util.List;

import org.gatepass.core.pass.VisitorPass;
import org.gatepass.core.person.Person;

/**
 * What one row would do: create a person, update the one it matches (by ID, else by e-mail), change nothing, or
 * nothing at all because of its problems. {@code person} is the person as it would be stored (with the matched id);
 * {@code pass} the visitor's pass the row issues (null when none, or when the visitor holds that pass already).
 */
public record RowOutcome(int row, Action action, Person person, VisitorPass pass, List<Problem> problems) {

    public enum Action {
        CREATE, UPDATE, UNCHANGED, REJECTED
    }

    /** Why a row is refused, by row number and column header, for the operator to fix in the file. */
    public record Problem(int row, String column, String reason) {
        @Override
        public String toString() {
            return "Row " + row + (column.isEmpty() ? "" : ", " + column) + ": " + reason;
        }
    }

    public RowOutcome {
        problems = List.copyOf(problems);
    }

    /** A row that issues no pass. */
    public RowOutcome(int row, Action action, Person person, List<Problem> problems) {
        this(row, action, person, null, problems);
    }
}
