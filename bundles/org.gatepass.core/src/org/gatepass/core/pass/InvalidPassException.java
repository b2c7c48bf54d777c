package org.gatepass.core.pass;

import java.util.List;

/** A pass that cannot be issued as asked, with every reason in words. */
public class InvalidPassException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public InvalidPassException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
