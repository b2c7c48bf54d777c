package org.gatepass.core.security;

import java.util.List;

/** An operator or password change was refused; lists every problem. */
public final class InvalidOperatorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidOperatorException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
