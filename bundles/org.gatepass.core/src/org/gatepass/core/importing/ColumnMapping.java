package org.gatepass.core.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which column (0-based) holds each field; a field without a column is not imported (required ones must have one). */
public record ColumnMapping(Map<PersonField, Integer> columns) {

    public ColumnMapping {
        columns = Map.copyOf(columns);
    }

    /** Each field in the first column whose header names it, as most sheets are laid out. */
    public static ColumnMapping guess(List<String> headers) {
        Map<PersonField, Integer> columns = new EnumMap<>(PersonField.class);
        for (PersonField field : PersonField.values()) {
            for (int i = 0; i < headers.size(); i++) {
                if (headers.get(i) != null && field.matches(headers.get(i)) && !columns.containsValue(i)) {
                    columns.put(field, i);
                    break;
                }
            }
        }
        return new ColumnMapping(columns);
    }

    public Optional<Integer> column(PersonField field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** What makes the mapping unusable for the table: a required field without a column, two fields on one column, a column past the end. */
    public List<String> problems(List<String> headers) {
        List<String> problems = new ArrayList<>();
        for (PersonField field : PersonField.values()) {
            if (field.required() && !columns.containsKey(field)) {
                problems.add("No column holds " + field.label() + " (required).");
            }
        }
        columns.forEach((field, column) -> {
            if (column < 0 || column >= headers.size()) {
                problems.add(field.label() + " is mapped to column " + (column + 1) + ", which the file does not have.");
            }
        });
        if (columns.containsKey(PersonField.PASS_FROM) != columns.containsKey(PersonField.PASS_UNTIL)) {
            problems.add("A pass needs both " + PersonField.PASS_FROM.label() + " and " + PersonField.PASS_UNTIL.label() + ".");
        }
        if (columns.values().stream().distinct().count() < columns.size()) {
            problems.add("Two fields are mapped to the same column.");
        }
        return problems;
    }
}
