package org.gatepass.core.person;

import java.util.List;

/** A person was rejected; {@link #problems()} lists every rule it broke, in words for the operator. */
public class InvalidPersonException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public InvalidPersonException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
