package org.gatepass.core.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The text form of a before or after state: one "name=value" per line, sorted by name; nulls left out,
 * lists as "[a, b]". */
public final class AuditValues {

    private AuditValues() {
    }

    public static String of(Map<String, ?> values) {
        return new TreeMap<>(values).entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + text(e.getValue()).replace('\n', ' '))
                .collect(Collectors.joining("\n"));
    }

    private static String text(Object value) {
        return value instanceof Object[] array ? Arrays.toString(array) : String.valueOf(value);
    }
}
