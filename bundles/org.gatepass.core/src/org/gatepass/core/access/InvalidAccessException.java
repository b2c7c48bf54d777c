package org.gatepass.core.access;

import java.util.List;

/** A gate, level or holiday that cannot be stored as asked, with every problem found, in words for the operator. */
public final class InvalidAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidAccessException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
