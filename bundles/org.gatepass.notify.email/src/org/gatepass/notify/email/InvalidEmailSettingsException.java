package org.gatepass.notify.email;

import java.util.List;

/** Settings were rejected; {@link #problems()} lists every broken rule in words for the administrator. */
public class InvalidEmailSettingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public InvalidEmailSettingsException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
